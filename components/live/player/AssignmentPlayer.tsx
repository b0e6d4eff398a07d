"use client";

import { ReportButton } from "@/components/reports/ReportButton";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { Feedback } from "@/components/quiz/Feedback";
import { QuestionView } from "@/components/quiz/QuestionView";
import { api } from "@/lib/platform/http/api-client";
import type { TAnswerFeedback } from "@/lib/answering/types";
import type { TMeView } from "@/lib/games/events";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TPlayableQuestion } from "@/questions/present";
import { useProgressStore } from "@/lib/progress/store/ProgressProvider";
import { Countdown } from "@/components/live/Countdown";
import { recordLiveAnswer } from "./recordLiveAnswer";

type TReply = { duplicate: boolean; feedback: TAnswerFeedback; hasNext: boolean; view: TMeView };
/** The feedback on screen, with the question it is about. */
type TShownFeedback = TReply & { question: TPlayableQuestion };

/** After a reload between an answer and the next question: that answer's feedback again. */
function feedbackAfterReload(initial: TMeView): TShownFeedback | undefined {
  const answered = initial.assignment?.answered;
  return answered && { duplicate: true, feedback: answered.feedback, hasNext: true, view: initial, question: answered.question };
}

/** An assignment on the student's phone: one question at a time at their own pace, graded at once with the why. */
export function AssignmentPlayer({ gameId, initial }: { gameId: string; initial: TMeView }) {
  const t = useT();
  const { lang } = useLang();
  const store = useProgressStore();
  const [view, setView] = useState(initial);
  const [feedback, setFeedback] = useState<TShownFeedback | undefined>(() => feedbackAfterReload(initial));
  const [value, setValue] = useState<TAnswerValue | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const [shown, setShown] = useState(() => ({
    at: performance.now() - (initial.assignment?.elapsedMs ?? 0),
    receivedAt: Date.now(),
  }));
  const submitRef = useRef<(value: TAnswerValue | null) => void>(() => undefined);

  const question = feedback ? undefined : view.assignment?.question;
  const seconds = view.game.secondsPerQuestion;
  const elapsedAtShow = view.assignment?.elapsedMs ?? 0;

  const submit = useCallback(
    async (answer: TAnswerValue | null) => {
      if (!question || sending) return;
      setSending(true);
      setError(undefined);
      const clientMs = Math.max(0, Math.round(performance.now() - shown.at));
      const result = await api<TReply>(`/api/games/${gameId}/answers`, {
        body: { questionIndex: view.me.index, answer, timeMs: clientMs },
      });
      setSending(false);
      if (!result.ok) return setError(result.status === 0 ? t("common.offline") : result.message);
      recordLiveAnswer(store, {
        gameId,
        setId: view.game.setId,
        question,
        correct: result.data.feedback.correct,
        closeness: result.data.feedback.closeness,
        factIds: result.data.feedback.solution.factIds,
        tags: result.data.feedback.solution.tags,
      });
      setFeedback({ ...result.data, question });
    },
    [gameId, question, sending, shown.at, store, t, view.game.setId, view.me.index],
  );
  useEffect(() => {
    submitRef.current = (answer) => void submit(answer);
  }, [submit]);

  // With a time limit, what is chosen when it runs out is sent (nothing chosen: no answer).
  useEffect(() => {
    if (!question || seconds === null) return;
    const timer = setTimeout(
      () => submitRef.current(null),
      Math.max(0, seconds * 1000 - elapsedAtShow - (Date.now() - shown.receivedAt)),
    );
    return () => clearTimeout(timer);
  }, [question, seconds, elapsedAtShow, shown.receivedAt]);

  // The question on screen is asked for only when it is shown: the server starts its clock then (once; after a
  // reload the same question comes back with the time already spent).
  const showCurrent = useCallback(async () => {
    setSending(true);
    const result = await api<TMeView>(`/api/games/${gameId}/next`, { body: {} });
    setSending(false);
    if (!result.ok) return setError(result.status === 0 ? t("common.offline") : result.message);
    setView(result.data);
    setFeedback(undefined);
    setValue(null);
    setShown({ at: performance.now() - (result.data.assignment?.elapsedMs ?? 0), receivedAt: Date.now() });
    requestAnimationFrame(() => document.getElementById("assignment-question")?.focus());
  }, [gameId, t]);

  // Pending: the next question is asked for at once, unless the answer before is on screen again (a reload).
  const pendingAtStart = useRef(Boolean(initial.assignment?.pending && !initial.assignment.answered));
  useEffect(() => {
    if (!pendingAtStart.current) return;
    pendingAtStart.current = false;
    void showCurrent();
  }, [showCurrent]);

  const goOn = () => {
    if (!feedback || sending) return;
    if (!feedback.hasNext) {
      setView(feedback.view);
      return setFeedback(undefined);
    }
    void showCurrent();
  };

  // Enter goes on after the feedback (the verdict has the focus, not the button).
  const goOnRef = useRef(goOn);
  useEffect(() => {
    goOnRef.current = goOn;
  });
  useEffect(() => {
    if (!feedback) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Enter" || event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
      event.preventDefault();
      goOnRef.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [feedback]);

  const total = view.game.questionCount;
  const deadline = view.game.deadline
    ? new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeStyle: "short" }).format(view.game.deadline)
    : "";
  const oneTap = question && (question.kind === "single" || question.kind === "truefalse");

  return (
    <div className="phone">
      <div className="phone-top">
        <span>{t("live.play.you", { nickname: view.me.nickname })}</span>
        <span>{t("live.play.score", { score: (feedback?.view ?? view).me.score })}</span>
      </div>
      {deadline && <p className="muted">{t("live.play.deadline", { date: deadline })}</p>}
      {question && (
        <section className="phone-question" data-kind={question.kind}>
          <div className="phone-bar">
            <span>{t("live.host.questionOf", { index: view.me.index + 1, total })}</span>
            {seconds !== null && (
              <Countdown
                key={view.me.index}
                remainingMs={Math.max(0, seconds * 1000 - elapsedAtShow)}
                receivedAt={shown.receivedAt}
                paused={false}
              />
            )}
          </div>
          <QuestionView
            key={view.me.index}
            headingId="assignment-question"
            question={question}
            lang={lang}
            value={value}
            onChange={setValue}
            onSubmit={(chosen) => void submit(chosen)}
          />
          {!oneTap && (
            <button
              type="button"
              className="btn btn-primary btn-large btn-block"
              disabled={value === null || sending}
              onClick={() => void submit(value)}
            >
              {sending ? t("live.play.sending") : t("live.play.send")}
            </button>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <ReportButton target={{ mode: "assignment", questionId: question.id, gameId }} />
        </section>
      )}
      {feedback && (
        <section className="phone-question">
          <QuestionView
            key={`f${feedback.feedback.position}`}
            question={feedback.question}
            lang={lang}
            value={feedback.feedback.given}
            onChange={() => undefined}
            onSubmit={() => undefined}
            solution={feedback.feedback.solution.answer}
          />
          <Feedback feedback={feedback.feedback} question={feedback.question} lang={lang} focusOnShow />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="btn btn-primary btn-large btn-block" disabled={sending} onClick={goOn}>
            {feedback.view.me.finished ? t("live.play.finish") : t("live.play.next")}
          </button>
          <ReportButton target={{ mode: "assignment", questionId: feedback.question.id, gameId }} />
        </section>
      )}
      {!question && !feedback && view.assignment?.pending && (
        <p role={error ? "alert" : "status"} className={error ? "field-error" : "muted"}>
          {error ?? t("common.loading")}
        </p>
      )}
      {!question && !feedback && !view.assignment?.pending && (
        <div className="phone-panel is-final" role="status">
          <p className="phone-big">{view.me.finished ? t("live.play.assignmentDone") : t("live.play.assignmentEnded")}</p>
          <p>{t("live.play.finalScore", { score: view.me.score, correct: view.me.correctCount })}</p>
          <p className="muted">{t("live.play.learnHint")}</p>
          <Link className="btn btn-primary" href="/learn">
            {t("live.play.review")}
          </Link>
        </div>
      )}
    </div>
  );
}
