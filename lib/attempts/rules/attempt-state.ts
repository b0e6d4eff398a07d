// What the quiz API shows of an attempt: where it stands and the question to answer now, without its answer.
import { questionForGrading, type TGradingBank } from "@/lib/sets/types";
import { playableQuestion, type TPlayableQuestion } from "@/questions/present";
import type { TScoringMode } from "@/lib/scoring/types";
import type { TRunPosition } from "@/lib/answering/rules/plan-answer";
import { sealQuestion, type TSeal } from "@/lib/answering/rules/seal";
import type { TAttemptRow, TAttemptState } from "@/lib/attempts/types";
import type { TAnswerMode } from "./write-mode";

type TBank = TGradingBank;

// An attempt's question list is read on every answer; parsed once per list (the same string while it is played).
const parsedIds = new Map<string, readonly string[]>();

export function questionIdsOf(attempt: Pick<TAttemptRow, "questionIds">): readonly string[] {
  let ids = parsedIds.get(attempt.questionIds);
  if (!ids) {
    ids = JSON.parse(attempt.questionIds) as string[];
    if (parsedIds.size >= 5_000) parsedIds.delete(parsedIds.keys().next().value!);
    parsedIds.set(attempt.questionIds, ids);
  }
  return ids;
}

/** Where the attempt stands, for the answering engine. Self-study is scored for speed; classes may count accuracy. */
export function attemptRun(attempt: TAttemptRow): TRunPosition {
  return {
    currentIndex: attempt.currentIndex,
    finished: Boolean(attempt.finishedAt),
    servedAt: attempt.servedAt,
    streak: attempt.streak,
    timerSeconds: attempt.timerSeconds,
    mode: "speed",
  };
}

/** Write mode shows a question without its options: the name is typed, not recognised among them. */
const shownQuestion = (question: TPlayableQuestion, attempt: TAttemptRow): TPlayableQuestion =>
  attempt.answerMode === "write" ? { ...question, options: [] } : question;

/**
 * The attempt as its player sees it: the current question with sealed ids and nothing that answers it, once it
 * has been shown (served); before that, only that one is pending.
 */
export function attemptState(attempt: TAttemptRow, bank: TBank, seal: TSeal, now: Date = new Date()): TAttemptState {
  const ids = questionIdsOf(attempt);
  const finished = Boolean(attempt.finishedAt);
  const pending = !finished && !attempt.servedAt;
  const current = finished || pending ? undefined : questionForGrading(bank, ids[attempt.currentIndex] ?? "");
  return {
    id: attempt.id,
    setId: attempt.setId,
    scoring: attempt.scoring as TScoringMode,
    groupId: attempt.groupId,
    total: ids.length,
    index: attempt.currentIndex,
    finished,
    score: attempt.score,
    accuracyScore: attempt.accuracyScore,
    correctCount: attempt.correctCount,
    streak: attempt.streak,
    timerSeconds: attempt.timerSeconds,
    answerMode: attempt.answerMode as TAnswerMode,
    posted: Boolean(attempt.postedAt),
    pending,
    question: current ? shownQuestion(playableQuestion(sealQuestion(current, seal), attempt.id), attempt) : null,
    elapsedMs: current && attempt.servedAt ? Math.max(0, now.getTime() - attempt.servedAt.getTime()) : null,
  };
}

/** The attempt after an answer: where it stands, without any question (the next one is asked for separately). */
export function answeredState(attempt: TAttemptRow, bank: TBank, seal: TSeal): TAttemptState {
  return { ...attemptState({ ...attempt, servedAt: null }, bank, seal), pending: !attempt.finishedAt && !attempt.servedAt };
}
