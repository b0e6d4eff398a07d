"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { api, apiWithRetry, type TApiResult } from "@/lib/platform/http/api-client";
import type { TAttemptState } from "@/lib/attempts/types";
import type { TAnswerFeedback } from "@/lib/answering/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerValue } from "@/lib/scoring/types";
import { useNow } from "@/lib/platform/hooks/useNow";
import { useProgress, useProgressStore } from "@/lib/progress/store/ProgressProvider";
import { hasAnswer } from "@/components/quiz/answers/keys";

export type TQuizPhase =
  | { name: "loading" }
  | { name: "question" }
  | { name: "feedback"; feedback: TAnswerFeedback; next: TAttemptState }
  | { name: "error"; message: string };

export type TQuizAttemptOptions = {
  setId: string;
  restart: boolean;
  groupId?: string;
  seed?: number;
  /** A new quiz of exactly the questions missed in this finished attempt ("Fehler üben"). */
  retryOf?: string;
  /** Write mode: names and countries are typed, not picked. */
  write?: boolean;
  /** Called when a question comes on screen (to move the focus); read at call time, so it need not be stable. */
  onShown?: (state: TAttemptState) => void;
};

/**
 * A self-study attempt in the browser: starts one on the server (or resumes the saved one after a reload), sends
 * each answer to be graded and records it in the saved progress, and runs the optional per-question timer, which
 * submits what is chosen when it runs out. The finished attempt goes to its results page.
 */
export function useQuizAttempt({ setId, restart, groupId, seed, retryOf, write, onShown }: TQuizAttemptOptions) {
  const t = useT();
  const router = useRouter();
  const store = useProgressStore();
  const hydrated = useProgress((state) => state.hydrated);
  const [attempt, setAttempt] = useState<TAttemptState>();
  const [phase, setPhase] = useState<TQuizPhase>({ name: "loading" });
  const [value, setValue] = useState<TAnswerValue | null>(null);
  const [sending, setSending] = useState(false);
  // When the timer (if any) of the question on screen runs out, as epoch ms.
  const [deadline, setDeadline] = useState<number | null>(null);
  const shownAt = useRef(0);
  const started = useRef(false);
  const shownCallback = useRef(onShown);
  useEffect(() => {
    shownCallback.current = onShown;
  }, [onShown]);

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
    shownCallback.current?.(state);
  }, []);

  const finish = useCallback(
    (state: TAttemptState) => {
      store.getState().clearActiveAttempt(setId);
      router.replace(`/results/${state.id}`);
    },
    [router, setId, store],
  );

  // The question to answer now: the server starts its clock when the client asks to show it (once; a repeat
  // after a reload gets the same question and the time already spent).
  const showCurrent = useCallback(
    async (attemptId: string) => {
      const shown = await apiWithRetry<{ attempt: TAttemptState }>(`/api/attempts/${attemptId}/next`, { body: {} });
      if (!shown.ok) return setPhase({ name: "error", message: errorText(shown) });
      return shown.data.attempt.finished ? finish(shown.data.attempt) : show(shown.data.attempt);
    },
    [errorText, finish, show],
  );
  /** Picks up an attempt where the server has it: finished, a question on screen, or one to show next. */
  const resume = useCallback(
    (state: TAttemptState) => (state.finished ? finish(state) : state.question ? show(state) : void showCurrent(state.id)),
    [finish, show, showCurrent],
  );

  // Start or resume once the saved progress is known.
  useEffect(() => {
    if (!hydrated || started.current) return;
    started.current = true;
    void (async () => {
      const active = store.getState().activeAttempts[setId];
      if (active && !restart) {
        const resumed = await api<{ attempt: TAttemptState }>(`/api/attempts/${active.attemptId}`);
        if (resumed.ok) return resume(resumed.data.attempt);
      }
      const { quizLength, timerSeconds } = store.getState().settings;
      const created = await api<{ attempt: TAttemptState }>("/api/attempts", {
        body: {
          setId,
          ...(quizLength === "all" ? {} : { count: quizLength }),
          timerSeconds,
          ...(groupId ? { groupId } : {}),
          ...(seed !== undefined ? { seed } : {}),
          ...(retryOf ? { retryOf } : {}),
          ...(write ? { mode: "write" } : {}),
        },
      });
      if (!created.ok) return setPhase({ name: "error", message: errorText(created) });
      store.getState().setActiveAttempt(setId, created.data.attempt.id);
      if (restart) router.replace(`/sets/${setId}/quiz`);
      resume(created.data.attempt);
    })();
  }, [hydrated, restart, setId, groupId, seed, retryOf, write, resume, store, router, errorText]);

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
        if (["not_current_question", "question_not_shown", "attempt_finished"].includes(result.code)) {
          const fresh = await api<{ attempt: TAttemptState }>(`/api/attempts/${attempt.id}`);
          if (fresh.ok) return resume(fresh.data.attempt);
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
    [attempt, phase.name, sending, setId, store, resume, errorText],
  );

  // After the feedback: the next question is asked for only now, so reading the feedback costs it no time.
  const goOn = useCallback(async () => {
    if (phase.name !== "feedback" || sending) return;
    if (phase.next.finished) return finish(phase.next);
    setSending(true);
    await showCurrent(phase.next.id);
    setSending(false);
  }, [phase, sending, finish, showCurrent]);

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

  return { attempt, phase, value, setValue, canConfirm: hasAnswer(value), sending, submit, goOn, secondsLeft };
}
