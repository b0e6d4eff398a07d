"use client";

import { ReportButton } from "@/components/reports/ReportButton";
import { useEffect } from "react";
import type { TAttemptState } from "@/lib/attempts/types";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { answerForNumberKey, isTyping } from "@/components/quiz/answers/keys";
import { Feedback } from "./Feedback";
import { QuestionView } from "./QuestionView";
import { useQuizAttempt } from "./useQuizAttempt";

const HEADING_ID = "quiz-question";

/** A question came on screen: its heading takes the focus (a screen reader reads it out), after it is drawn. */
function focusQuestion(state: TAttemptState) {
  requestAnimationFrame(() => {
    // Where the answer is typed, the number field keeps the focus instead, so that the digits land in it.
    const typed =
      state.answerMode === "write"
        ? document.querySelector<HTMLInputElement>(".typed-answer input")
        : state.question?.kind === "numeric"
          ? document.querySelector<HTMLInputElement>(".numeric-answer input")
          : null;
    (typed ?? document.getElementById(HEADING_ID))?.focus();
    // The moment the first question can be answered (read by the benchmark's time-to-interactive).
    if (!performance.getEntriesByName("quiz:first-question").length) performance.mark("quiz:first-question");
  });
}

/**
 * Plays a set: starts (or resumes) a server-side attempt, shows one question at a time, sends each answer to be
 * graded, and shows right or wrong with the explanation and source. Keys: 1–9 pick, Enter confirms and goes on.
 */
export function QuizRunner(props: {
  setId: string;
  setTitle: string;
  restart: boolean;
  groupId?: string;
  seed?: number;
  retryOf?: string;
  write?: boolean;
}) {
  const { setId, setTitle, restart, groupId, seed, retryOf, write } = props;
  const t = useT();
  const { lang } = useLang();
  const { attempt, phase, value, setValue, canConfirm, sending, submit, goOn, secondsLeft } = useQuizAttempt({
    setId,
    restart,
    groupId,
    seed,
    retryOf,
    write,
    onShown: focusQuestion,
  });

  // Keys: 1–9 pick an option, Enter confirms (or goes on after the feedback).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Enter" && phase.name === "feedback") {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        return void goOn();
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
  }, [phase, attempt, value, setValue, canConfirm, submit, goOn]);

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
  const typed = attempt.answerMode === "write";
  const keysApply = !typed && (question.kind === "single" || question.kind === "multi" || question.kind === "truefalse");
  const report = <ReportButton target={{ mode: "quiz", questionId: question.id, attemptId: attempt.id }} />;
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
        headingId={HEADING_ID}
        typed={typed}
        question={question}
        lang={lang}
        value={phase.name === "feedback" ? phase.feedback.given : value}
        onChange={setValue}
        onSubmit={(chosen) => void submit(chosen)}
        solution={phase.name === "feedback" ? phase.feedback.solution.answer : undefined}
      />

      {phase.name === "feedback" ? (
        <>
          {/* The verdict takes the focus and comes into view (not the button below a long question's feedback). */}
          <Feedback feedback={phase.feedback} question={question} lang={lang} focusOnShow />
          <div className="quiz-actions">
            {keysApply && <span className="hint keys-hint">{t("quiz.keysHint")}</span>}
            {report}
            <button type="button" className="btn btn-primary btn-large" disabled={sending} onClick={() => void goOn()}>
              {phase.next.finished ? t("quiz.finish") : t("quiz.next")}
            </button>
          </div>
        </>
      ) : (
        <div className="quiz-actions">
          {keysApply && <span className="hint keys-hint">{t("quiz.keysHint")}</span>}
          {report}
          {(typed || (question.kind !== "single" && question.kind !== "truefalse")) && (
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
