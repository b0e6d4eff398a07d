"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, apiWithRetry, type TApiResult } from "@/lib/platform/http/api-client";
import type { TAttemptState } from "@/lib/attempts/types";
import type { TAnswerFeedback } from "@/lib/answering/types";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerValue } from "@/lib/scoring/types";
import { useNow } from "@/lib/platform/hooks/useNow";
import { useProgress, useProgressStore } from "@/lib/progress/store/ProgressProvider";
import { answerForNumberKey, hasAnswer, isTyping } from "@/components/quiz/answers/keys";
import { Feedback } from "./Feedback";
import { QuestionView } from "./QuestionView";

type TPhase =
  | { name: "loading" }
  | { name: "question" }
  | { name: "feedback"; feedback: TAnswerFeedback; next: TAttemptState }
  | { name: "error"; message: string };

/**
 * Plays a set: starts (or resumes) a server-side attempt, shows one question at a time, sends each answer to be
 * graded, and shows right or wrong with the explanation and source. Keys: 1–9 pick, Enter confirms and goes on.
 */
export function QuizRunner(props: { setId: string; setTitle: string; restart: boolean; groupId?: string; seed?: number }) {
  const { setId, setTitle, restart, groupId, seed } = props;
  const t = useT();
  const { lang } = useLang();
  const router = useRouter();
  const store = useProgressStore();
  const hydrated = useProgress((state) => state.hydrated);
  const [attempt, setAttempt] = useState<TAttemptState>();
  const [phase, setPhase] = useState<TPhase>({ name: "loading" });
  const [value, setValue] = useState<TAnswerValue | null>(null);
  const [sending, setSending] = useState(false);
  // When the timer (if any) of the question on screen runs out, as epoch ms.
  const [deadline, setDeadline] = useState<number | null>(null);
  const shownAt = useRef(0);
  const started = useRef(false);
  const headingId = "quiz-question";

  const errorText = useCallback(
    (failure: Extract<TApiResult<unknown>, { ok: false }>) =>
      failure.status === 0 ? t("common.offline") : failure.status === 429 ? t("common.tooFast") : failure.message,
    [t],
  );

  const show = useCallback((state: TAttemptState) => {
    setAttempt(state);
    setValue(null);
    setPhase({ name: "question" });
    // A resumed question keeps the time already spent on it.
    shownAt.current = performance.now() - (state.elapsedMs ?? 0);
    setDeadline(state.timerSeconds ? Date.now() - (state.elapsedMs ?? 0) + state.timerSeconds * 1000 : null);
    requestAnimationFrame(() => {
      // The question's heading takes the focus (a screen reader reads it out), except where the answer is typed:
      // there the number field keeps it, so that the digits land in it.
      const typed = state.question?.kind === "numeric" ? document.querySelector<HTMLInputElement>(".numeric-answer input") : null;
      (typed ?? document.getElementById(headingId))?.focus();
      // The moment the first question can be answered (read by the benchmark's time-to-interactive).
      if (!performance.getEntriesByName("quiz:first-question").length) performance.mark("quiz:first-question");
    });
  }, []);

  const finish = useCallback(
    (state: TAttemptState) => {
      store.getState().clearActiveAttempt(setId);
      router.replace(`/results/${state.id}`);
    },
    [router, setId, store],
  );

  // Start or resume once the saved progress is known.
  useEffect(() => {
    if (!hydrated || started.current) return;
    started.current = true;
    void (async () => {
      const active = store.getState().activeAttempts[setId];
      if (active && !restart) {
        const resumed = await api<{ attempt: TAttemptState }>(`/api/attempts/${active.attemptId}`);
        if (resumed.ok) {
          if (resumed.data.attempt.finished) return finish(resumed.data.attempt);
          return show(resumed.data.attempt);
        }
      }
      const { quizLength, timerSeconds } = store.getState().settings;
      const created = await api<{ attempt: TAttemptState }>("/api/attempts", {
        body: {
          setId,
          ...(quizLength === "all" ? {} : { count: quizLength }),
          timerSeconds,
          ...(groupId ? { groupId } : {}),
          ...(seed !== undefined ? { seed } : {}),
        },
      });
      if (!created.ok) return setPhase({ name: "error", message: errorText(created) });
      store.getState().setActiveAttempt(setId, created.data.attempt.id);
      if (restart) router.replace(`/sets/${setId}/quiz`);
      show(created.data.attempt);
    })();
  }, [hydrated, restart, setId, groupId, seed, show, finish, store, router, errorText]);

  const submit = useCallback(
    async (answer: TAnswerValue | null) => {
      if (!attempt?.question || phase.name !== "question" || sending) return;
      setSending(true);
      const timeMs = Math.max(0, Math.round(performance.now() - shownAt.current));
      const result = await apiWithRetry<{ feedback: TAnswerFeedback; attempt: TAttemptState }>(
        `/api/attempts/${attempt.id}/answers`,
        {
          body: { questionId: attempt.question.id, answer, timeMs },
        },
      );
      setSending(false);
      if (!result.ok) {
        if (result.code === "not_current_question" || result.code === "attempt_finished") {
          const fresh = await api<{ attempt: TAttemptState }>(`/api/attempts/${attempt.id}`);
          if (fresh.ok) return fresh.data.attempt.finished ? finish(fresh.data.attempt) : show(fresh.data.attempt);
        }
        return setPhase({ name: "error", message: errorText(result) });
      }
      const { feedback } = result.data;
      const question = attempt.question;
      store.getState().recordAnswer({
        questionId: question.id,
        setId,
        attemptId: attempt.id,
        kind: question.kind,
        factIds: feedback.solution.factIds,
        countries: feedback.solution.tags.countries,
        themes: feedback.solution.tags.themes,
        correct: feedback.correct,
        closeness: feedback.closeness,
        at: new Date().toISOString(),
        source: "quiz",
      });
      setPhase({ name: "feedback", feedback, next: result.data.attempt });
    },
    [attempt, phase.name, sending, setId, store, show, finish, errorText],
  );

  const goOn = useCallback(() => {
    if (phase.name !== "feedback") return;
    if (phase.next.finished) finish(phase.next);
    else show(phase.next);
  }, [phase, finish, show]);

  const canConfirm = hasAnswer(value);

  // Keys: 1–9 pick an option, Enter confirms (or goes on after the feedback).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Enter" && phase.name === "feedback") {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        return goOn();
      }
      if (phase.name !== "question" || !attempt?.question || isTyping(event.target)) return;
      const picked = answerForNumberKey(attempt.question, value, event.key);
      if (picked !== undefined) {
        event.preventDefault();
        setValue(picked);
      } else if (event.key === "Enter" && canConfirm && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        void submit(value);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phase, attempt, value, canConfirm, submit, goOn]);

  // The timer, when the player chose one: counts down and submits what is chosen when it runs out.
  const now = useNow();
  const latest = useRef({ submit, value });
  useEffect(() => {
    latest.current = { submit, value };
  }, [submit, value]);
  useEffect(() => {
    if (deadline === null || phase.name !== "question") return;
    const timeout = setTimeout(() => void latest.current.submit(latest.current.value), Math.max(0, deadline - Date.now()));
    return () => clearTimeout(timeout);
  }, [deadline, phase.name]);
  const secondsLeft =
    deadline !== null && phase.name === "question" && now ? Math.max(0, Math.ceil((deadline - now) / 1000)) : null;

  if (phase.name === "error") {
    return (
      <div className="quiz">
        <p role="alert" className="feedback is-wrong">
          {t("common.error", { message: phase.message })}
        </p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t("common.retry")}
        </button>
      </div>
    );
  }
  if (!attempt?.question && phase.name !== "feedback") {
    return (
      <div className="quiz">
        <p role="status">{t("quiz.starting")}</p>
      </div>
    );
  }

  const question = phase.name === "feedback" ? (attempt?.question ?? null) : attempt!.question;
  if (!attempt || !question) return null;
  // Keys 1–9 pick an option of a choice question; map, number, ordering and matching questions are answered otherwise.
  const keysApply = question.kind === "single" || question.kind === "multi" || question.kind === "truefalse";
  const answered = phase.name === "feedback" ? attempt.index + 1 : attempt.index;
  const score = phase.name === "feedback" ? phase.next.score : attempt.score;
  const streak = phase.name === "feedback" ? phase.next.streak : attempt.streak;

  return (
    <div className="quiz">
      <div className="quiz-top">
        <span>{setTitle}</span>
        <span>{t("quiz.progress", { index: attempt.index + 1, total: attempt.total })}</span>
        <span>{t("quiz.score", { score })}</span>
        {streak > 1 && <span>{t("quiz.streak", { streak })}</span>}
        {secondsLeft !== null && (
          <span className={`timer${secondsLeft <= 5 ? " low" : ""}`} role="timer" aria-live="off">
            {t("quiz.timeLeft", { seconds: secondsLeft })}
          </span>
        )}
      </div>
      <div
        className="progressbar"
        role="progressbar"
        aria-label={t("quiz.progress", { index: attempt.index + 1, total: attempt.total })}
        aria-valuemin={0}
        aria-valuemax={attempt.total}
        aria-valuenow={answered}
      >
        <span style={{ width: `${(answered / attempt.total) * 100}%` }} />
      </div>

      <QuestionView
        key={question.id}
        headingId={headingId}
        question={question}
        lang={lang}
        value={phase.name === "feedback" ? phase.feedback.given : value}
        onChange={setValue}
        onSubmit={(chosen) => void submit(chosen)}
        solution={phase.name === "feedback" ? phase.feedback.solution.answer : undefined}
      />

      {phase.name === "feedback" ? (
        <>
          <Feedback feedback={phase.feedback} question={question} lang={lang} />
          <div className="quiz-actions">
            {keysApply && <span className="hint keys-hint">{t("quiz.keysHint")}</span>}
            <button type="button" className="btn btn-primary btn-large" autoFocus onClick={goOn}>
              {phase.next.finished ? t("quiz.finish") : t("quiz.next")}
            </button>
          </div>
        </>
      ) : (
        <div className="quiz-actions">
          {keysApply && <span className="hint keys-hint">{t("quiz.keysHint")}</span>}
          {question.kind !== "single" && question.kind !== "truefalse" && (
            <button
              type="button"
              className="btn btn-primary btn-large"
              disabled={!canConfirm || sending}
              onClick={() => void submit(value)}
            >
              {t("quiz.confirm")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
