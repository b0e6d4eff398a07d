"use client";

import { ReportButton } from "@/components/reports/ReportButton";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Grade } from "ts-fsrs";
import { answerForNumberKey, hasAnswer, isTyping } from "@/components/quiz/answers/keys";
import { QuestionView } from "@/components/quiz/QuestionView";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TLearnBack, TLearnCard } from "@/lib/learn/rules/fact-deck";
import { buildLearnQueue, nextFactId } from "@/lib/learn/rules/queue";
import { suggestedRating } from "@/lib/learn/rules/rating";
import { gradeLearnAnswer, learnAnswerRecord, questionFor } from "@/lib/learn/rules/session";
import type { TGrade } from "@/lib/scoring/rules/grade";
import type { TAnswerValue } from "@/lib/scoring/types";
import { useProgress, useProgressStore } from "@/lib/progress/store/ProgressProvider";
import type { TProgressState } from "@/lib/progress/store/progress-store";
import type { TFsrsCardJson, TReviewRecord } from "@/lib/progress/store/schema";
import { ownTimeZone } from "@/lib/platform/time/days";
import { LearnCounts } from "./LearnCounts";
import { LearnDone } from "./LearnDone";
import { LearnFeedback } from "./LearnFeedback";
import { LastRating } from "./LastRating";
import { loadLearnBack } from "./learn-backs";
import { FormMessage } from "@/components/ui/FormMessage";
import { RatingButtons, useRatingKeys } from "./RatingButtons";

type TStep =
  | { name: "question"; factId: string; questionIndex: number; turn: number }
  | {
      name: "answered";
      factId: string;
      questionIndex: number;
      turn: number;
      given: TAnswerValue | null;
      grade: TGrade | null;
      suggested: Grade;
      /** The card's back, with the solution of the question asked. */
      back: TLearnBack & { solution: NonNullable<TLearnBack["solution"]> };
    }
  | { name: "done"; turn: number };

export type TLearnSessionProps = {
  facts: TLearnCard[];
  /** The set whose facts these are; null for all facts (the review page). */
  setId: string | null;
  title: string;
};

/** How often an answer given offline is sent again to be checked. */
const RETRY_OFFLINE_MS = 5000;
const HEADING_ID = "learn-question";

type TQueueState = { cards: Record<string, TFsrsCardJson>; reviewLog: TReviewRecord[]; newPerDay: number };
const queueState = (state: TProgressState): TQueueState => ({
  cards: state.cards,
  reviewLog: state.reviewLog,
  newPerDay: state.settings.newCardsPerDay,
});

/** Learn mode: waits for the saved progress, then runs the session. */
export function LearnSession(props: TLearnSessionProps) {
  const t = useT();
  const hydrated = useProgress((state) => state.hydrated);
  if (!hydrated) {
    return (
      <div className="learn">
        <p role="status">{t("common.loading")}</p>
      </div>
    );
  }
  return <LearnRun {...props} />;
}

/**
 * One card at a time: a question about a due (or new) fact; once answered, the card's back (the solution, the
 * explanation and source) is read from the server and the answer graded here: right or wrong with the why, and the learner rates the card (Again/Hard/Good/Easy, keys 1–4, the rating the answer
 * suggests pre-selected). ts-fsrs schedules it; the next card is whatever is due then.
 */
function LearnRun({ facts, setId, title }: TLearnSessionProps) {
  const t = useT();
  const { lang } = useLang();
  const store = useProgressStore();
  const cards = useProgress((state) => state.cards);
  const reviewLog = useProgress((state) => state.reviewLog);
  const newPerDay = useProgress((state) => state.settings.newCardsPerDay);
  const factsById = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts]);
  const deck = useMemo(
    () => [...facts].sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id)).map((fact) => fact.id),
    [facts],
  );
  const [timeZone] = useState(ownTimeZone);
  const [extraNew, setExtraNew] = useState(0);
  // The session's clock moves when the learner does (answering, rating), not on a timer.
  const [clock, setClock] = useState(() => Date.now());
  const [reviewed, setReviewed] = useState(0);
  const [value, setValue] = useState<TAnswerValue | null>(null);
  const [lastRated, setLastRated] = useState<{ statement: string; due: string; at: number } | null>(null);
  // While the back of the card is read; a problem reading it (offline) is shown with the answer kept.
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // An answer given without a connection (its card's back was never read), checked once the connection is back.
  const [waiting, setWaiting] = useState<{ answer: TAnswerValue | null } | null>(null);

  const queueAt = useCallback(
    (state: TQueueState, at: number, extra: number) =>
      buildLearnQueue({
        factIds: deck,
        cards: state.cards,
        reviewLog: state.reviewLog,
        now: new Date(at),
        timeZone,
        newPerDay: state.newPerDay,
        extraNew: extra,
      }),
    [deck, timeZone],
  );
  const stepFor = useCallback(
    (state: TQueueState, at: number, extra: number, turn: number): TStep => {
      const next = nextFactId(queueAt(state, at, extra));
      const fact = next ? factsById.get(next) : undefined;
      if (!next || !fact) return { name: "done", turn };
      return {
        name: "question",
        factId: next,
        questionIndex: fact.questions.indexOf(questionFor(fact, state.cards[next])),
        turn,
      };
    },
    [factsById, queueAt],
  );
  const [step, setStep] = useState<TStep>(() => stepFor(queueState(store.getState()), clock, 0, 0));
  const queue = useMemo(
    () => queueAt({ cards, reviewLog, newPerDay }, clock, extraNew),
    [queueAt, cards, reviewLog, newPerDay, clock, extraNew],
  );

  const fact = step.name === "done" ? undefined : factsById.get(step.factId);
  const item = fact && step.name !== "done" ? fact.questions[step.questionIndex] : undefined;

  /** Moves on to whatever is due now (or the summary). */
  const advance = useCallback(
    (extra: number) => {
      const at = Date.now();
      setClock(at);
      setValue(null);
      setStep(stepFor(queueState(store.getState()), at, extra, step.turn + 1));
      requestAnimationFrame(() => document.getElementById(HEADING_ID)?.focus());
    },
    [stepFor, store, step.turn],
  );

  const submit = useCallback(
    async (answer: TAnswerValue | null) => {
      if (step.name !== "question" || !fact || !item || checking) return;
      setChecking(true);
      const read = await loadLearnBack(fact.id, item.id);
      setChecking(false);
      if (!read.ok || !read.data.solution) {
        const offline = !read.ok && read.code === "offline";
        setProblem(read.ok || offline ? `${t("common.offline")} ${t("offline.retryOnline")}` : read.message);
        setWaiting(offline ? { answer } : null);
        return;
      }
      setProblem(null);
      setWaiting(null);
      const back = { ...read.data, solution: read.data.solution };
      let grade: TGrade | null = null;
      if (answer !== null) {
        try {
          grade = gradeLearnAnswer(item, back.solution, answer);
        } catch {
          return; // an incomplete answer (e.g. a pair missing): nothing to grade yet
        }
      }
      const at = new Date();
      const record = { factId: fact.id, question: item, solution: back.solution, setId: setId ?? "learn" };
      store.getState().recordAnswer(learnAnswerRecord({ ...record, grade: grade ?? { correct: false, closeness: 0 } }, at));
      setClock(at.getTime());
      setStep({ ...step, name: "answered", given: answer, grade, suggested: suggestedRating(grade), back });
    },
    [step, fact, item, store, setId, checking, t],
  );

  useEffect(() => {
    if (!waiting) return;
    const retry = () => void submit(waiting.answer);
    // When the browser says it is back online, and every few seconds besides: "online" is not always announced
    // (a captive network, a server that was down), and a failed retry only keeps waiting.
    window.addEventListener("online", retry);
    const timer = window.setInterval(retry, RETRY_OFFLINE_MS);
    return () => {
      window.removeEventListener("online", retry);
      window.clearInterval(timer);
    };
  }, [waiting, submit]);

  const rate = useCallback(
    (grade: Grade) => {
      if (step.name !== "answered") return;
      const at = new Date();
      store.getState().reviewFact(step.factId, grade, at, "learn");
      const statement = step.back.statement[lang];
      setLastRated({ statement, due: store.getState().cards[step.factId]!.due, at: at.getTime() });
      setReviewed((count) => count + 1);
      advance(extraNew);
    },
    [step, store, advance, extraNew, lang],
  );
  useRatingKeys(step.name === "answered", rate);

  // Keys while a question is open: 1–9 choose an option, Enter checks the answer.
  useEffect(() => {
    if (step.name !== "question" || !item) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const picked = answerForNumberKey(item, value, event.key);
      if (picked !== undefined) {
        event.preventDefault();
        setValue(picked);
      } else if (event.key === "Enter" && hasAnswer(value) && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        void submit(value);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [step.name, item, value, submit]);

  return (
    <div className="learn">
      <div className="learn-top">
        <span className="learn-scope">{title}</span>
        <LearnCounts queue={queue} reviewed={reviewed} />
      </div>
      {lastRated && <LastRating statement={lastRated.statement} due={lastRated.due} at={lastRated.at} />}

      {step.name === "done" || !fact || !item ? (
        <LearnDone
          headingId={HEADING_ID}
          queue={queue}
          reviewed={reviewed}
          now={clock}
          onMoreNew={(more) => {
            setExtraNew(extraNew + more);
            advance(extraNew + more);
          }}
          onLimitChange={() => advance(extraNew)}
        />
      ) : (
        <>
          <QuestionView
            key={`${step.turn}:${item.id}`}
            headingId={HEADING_ID}
            question={item}
            lang={lang}
            value={step.name === "answered" ? step.given : value}
            onChange={setValue}
            onSubmit={(answer) => void submit(answer)}
            solution={step.name === "answered" ? step.back.solution.answer : undefined}
          />
          {step.name === "question" && problem && <FormMessage>{problem}</FormMessage>}
          {step.name === "question" && (
            <div className="quiz-actions">
              <span className="hint">{t("learn.keysHint")}</span>
              <div className="button-row">
                <button type="button" className="btn btn-ghost" disabled={checking} onClick={() => void submit(null)}>
                  {t("learn.dontKnow")}
                </button>
                {item.kind !== "single" && item.kind !== "truefalse" && (
                  <button
                    type="button"
                    className="btn btn-primary btn-large"
                    disabled={!hasAnswer(value) || checking}
                    onClick={() => void submit(value)}
                  >
                    {t("quiz.confirm")}
                  </button>
                )}
              </div>
            </div>
          )}
        </>
      )}
      {/* Present before the answer, so the verdict and the right answer that appear in it are announced. */}
      <div aria-live="polite">
        {step.name === "answered" && item && (
          <LearnFeedback question={item} back={step.back} given={step.given} grade={step.grade} lang={lang} />
        )}
      </div>
      {item && step.name !== "done" && (
        <div className="report-row">
          <ReportButton target={{ mode: "learn", questionId: item.id }} />
        </div>
      )}
      {step.name === "answered" && (
        <RatingButtons key={step.turn} card={cards[step.factId]} now={clock} suggested={step.suggested} onRate={rate} />
      )}
    </div>
  );
}
