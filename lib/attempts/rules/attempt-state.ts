// What the quiz API shows of an attempt: where it stands and the question to answer now, without its answer.
import { questionForGrading, type TGradingBank } from "@/lib/sets/types";
import { playableQuestion } from "@/questions/present";
import type { TScoringMode } from "@/lib/scoring/types";
import type { TRunPosition } from "@/lib/answering/rules/plan-answer";
import { sealQuestion, type TSeal } from "@/lib/answering/rules/seal";
import type { TAttemptRow, TAttemptState } from "@/lib/attempts/types";

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
    servedAt: attempt.servedAt ?? attempt.startedAt,
    streak: attempt.streak,
    timerSeconds: attempt.timerSeconds,
    mode: "speed",
  };
}

/** The attempt as its player sees it: the current question with sealed ids and nothing that answers it. */
export function attemptState(attempt: TAttemptRow, bank: TBank, seal: TSeal, now: Date = new Date()): TAttemptState {
  const ids = questionIdsOf(attempt);
  const finished = Boolean(attempt.finishedAt);
  const current = finished ? undefined : questionForGrading(bank, ids[attempt.currentIndex] ?? "");
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
    posted: Boolean(attempt.postedAt),
    question: current ? playableQuestion(sealQuestion(current, seal), attempt.id) : null,
    elapsedMs: current && attempt.servedAt ? Math.max(0, now.getTime() - attempt.servedAt.getTime()) : null,
  };
}
