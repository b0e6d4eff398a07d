import { describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import type { TStoredQuestion } from "@/questions/types";
import { ANSWER_GRACE_MS } from "./answer-time";
import { planAnswer, type TRunPosition } from "./plan-answer";

const { bank } = buildQuestionBank();
if (!bank) throw new Error("the fact base does not build");
const question = bank.questions.find((candidate) => candidate.kind === "single") as TStoredQuestion;
const servedAt = new Date("2026-11-30T10:00:00Z");
const run = (timerSeconds: number | null): TRunPosition => ({
  currentIndex: 0,
  finished: false,
  servedAt,
  streak: 0,
  timerSeconds,
  mode: "speed",
});
const answerAfter = (timerSeconds: number | null, ms: number) => {
  const plan = planAnswer({
    run: run(timerSeconds),
    position: 0,
    question,
    answer: question.answer as string,
    clientTimeMs: ms,
    now: new Date(servedAt.getTime() + ms),
  });
  if (plan.ok !== true) throw new Error(`refused: ${JSON.stringify(plan)}`);
  return plan.row;
};

describe("planAnswer: the timer a player chooses", () => {
  it("does not change the points of the same answer in the same time", () => {
    const untimed = answerAfter(null, 5_000);
    expect(untimed.correct).toBe(true);
    expect(answerAfter(120, 5_000).points).toBe(untimed.points);
    expect(answerAfter(10, 5_000).points).toBe(untimed.points);
  });

  it("ends a timed question at its limit, with the grace for the network and no more", () => {
    expect(answerAfter(5, 5_000 + ANSWER_GRACE_MS).correct).toBe(true);
    const late = answerAfter(5, 5_000 + ANSWER_GRACE_MS + 1);
    expect(late).toMatchObject({ correct: false, points: 0 });
  });
});

describe("planAnswer: the clock starts when the question is shown", () => {
  it("refuses an answer to a question the client has not asked to show", () => {
    const plan = planAnswer({
      run: { ...run(5), servedAt: null },
      position: 0,
      question,
      answer: question.answer as string,
      clientTimeMs: 1_500,
      now: servedAt,
    });
    expect(plan).toMatchObject({ ok: false, status: 409, code: "question_not_shown" });
  });
});
