import { describe, expect, it } from "vitest";
import type { TStoredQuestion } from "@/questions/types";
import { buildClassReport, type TActivityAnswer, type TClassActivity, type TFactText } from "./class-report";
import { pickPracticeQuestions } from "./practice";

/** A question as much as the report reads of it. */
function question(id: string, factIds: string[], kind: TStoredQuestion["kind"] = "single", difficulty = 1): TStoredQuestion {
  return {
    id,
    kind,
    factIds,
    difficulty,
    prompt: { de: `Frage ${id}?`, en: `Question ${id}?` },
  } as unknown as TStoredQuestion;
}

const QUESTIONS = [
  question("q-leader", ["by.leader"]),
  question("q-leader-tf", ["by.leader"], "truefalse"),
  question("q-drones", ["ir.support.drones", "context.asof"]),
  question("q-order", ["e.1", "e.2", "e.3"], "ordering"),
  question("q-map", ["by.country"], "map"),
];
const byId = new Map(QUESTIONS.map((q) => [q.id, q]));
const fact = (id: string): TFactText | undefined =>
  id.startsWith("context")
    ? undefined
    : {
        statement: { de: `Fakt ${id}.`, en: `Fact ${id}.` },
        sources: [{ file: "a.txt", quote: "Satz.", en: "Sentence.", label: { de: "DW", en: "DW" }, asOf: "2024-06" }],
        asOf: "2024-06",
      };
const bank = { question: (id: string) => byId.get(id), fact };

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 8);

/** Three students (Ada, Ben, Cem) in a live game and an assignment a week later; Dora joined and never played. */
function smallClass(answers: Array<[player: string, questionId: string, correct: boolean]>): TClassActivity {
  const players = ["ada", "ben", "cem"].flatMap((name) => [
    { id: `g1-${name}`, gameId: "g1", playerId: name, nickname: name === "ada" ? "Ada" : `${name} (game)` },
    { id: `g2-${name}`, gameId: "g2", playerId: name, nickname: name },
  ]);
  return {
    group: { id: "class-1", name: "7b" },
    timeZone: "Europe/Berlin",
    games: [
      { id: "g1", mode: "live", setId: "asia", createdAt: T0 },
      { id: "g2", mode: "assignment", setId: "all-allies", createdAt: T0 + 7 * DAY },
    ],
    players,
    members: [
      { playerId: "ada", nickname: "Ada" },
      { playerId: "ben", nickname: "Ben" },
      { playerId: "cem", nickname: "Cem" },
      { playerId: "dora", nickname: "Dora" },
    ],
    answers: answers.map(([player, questionId, correct]): TActivityAnswer => ({ gamePlayerId: player, questionId, correct })),
  };
}

/** The live game: each question 2 of 3 right. */
const GAME_ONE: Array<[string, string, boolean]> = [
  ["g1-ada", "q-leader", true],
  ["g1-ben", "q-leader", true],
  ["g1-cem", "q-leader", false],
  ["g1-ada", "q-drones", false],
  ["g1-ben", "q-drones", true],
  ["g1-cem", "q-drones", true],
];

describe("buildClassReport", () => {
  const report = buildClassReport(
    smallClass([
      ...GAME_ONE,
      // Game 2: no one knows the drones; Ada gets everything else right.
      ["g2-ada", "q-drones", false],
      ["g2-ben", "q-drones", false],
      ["g2-cem", "q-drones", false],
      ["g2-ada", "q-leader-tf", true],
      ["g2-ada", "q-map", true],
      ["g2-ada", "q-order", true],
      ["g2-ada", "q-gone", false],
    ]),
    bank,
  );

  it("lists every student with games, assignments, answers and accuracy, members who never played too", () => {
    expect(report.students.map((s) => [s.nickname, s.games, s.assignments, s.answers, s.correct, s.member])).toEqual([
      ["Ada", 1, 1, 7, 4, true],
      ["Ben", 1, 1, 3, 2, true],
      ["Cem", 1, 1, 3, 1, true],
      ["Dora", 0, 0, 0, 0, true],
    ]);
    expect(report.students[3]!.accuracy).toBeNull();
    expect(report.accuracy).toBeCloseTo(7 / 13);
  });

  it("follows each student over time, oldest game first, with a trend", () => {
    const ben = report.students.find((s) => s.nickname === "Ben")!;
    expect(ben.history.map((g) => [g.mode, g.answers, g.correct])).toEqual([
      ["live", 2, 2],
      ["assignment", 1, 0],
    ]);
    expect(ben.trend).toBe("down");
    expect(report.students.find((s) => s.nickname === "Dora")!.trend).toBeNull();
  });

  it("puts the facts the class missed most first, with statement and source, and leaves map questions out", () => {
    expect(report.facts.map((f) => [f.factId, f.answers, f.missed, f.hard])).toEqual([
      ["ir.support.drones", 6, 4, true],
      ["by.leader", 4, 1, false],
      ["e.1", 1, 0, false],
      ["e.2", 1, 0, false],
      ["e.3", 1, 0, false],
    ]);
    expect(report.facts[0]!.statement.de).toBe("Fakt ir.support.drones.");
    expect(report.facts[0]!.sources[0]!.label.de).toBe("DW");
    // The context fact a question cites beside its own is not what the question tests.
    expect(report.facts.some((f) => f.factId === "context.asof")).toBe(false);
  });

  it("does not call the 2-of-3 questions of a class of three hard, only what the answers show", () => {
    const small = buildClassReport(smallClass(GAME_ONE), bank);
    expect(small.questions.map((q) => [q.questionId, q.accuracy, q.hard])).toEqual([
      ["q-drones", 2 / 3, false],
      ["q-leader", 2 / 3, false],
    ]);
    expect(small.facts.filter((f) => f.hard)).toEqual([]);
    // Six answers, two right: now the drones are hard.
    expect(report.questions[0]).toMatchObject({ questionId: "q-drones", games: 2, answers: 6, correct: 2, hard: true });
  });

  it("lists the games newest first with players and accuracy; answers to questions no longer in the bank still count", () => {
    expect(report.games.map((g) => [g.gameId, g.mode, g.day, g.time, g.players, g.answers, g.correct])).toEqual([
      ["g2", "assignment", "2026-11-09", "09:00", 3, 7, 3],
      ["g1", "live", "2026-11-02", "09:00", 3, 6, 4],
    ]);
    expect(report.questions.some((q) => q.questionId === "q-gone")).toBe(false);
  });
});

describe("pickPracticeQuestions", () => {
  const bigger = [
    ...QUESTIONS,
    question("q-drones-2", ["ir.support.drones"], "truefalse", 2),
    question("q-drones-3", ["ir.support.drones"], "single", 1),
    question("q-leader-3", ["by.leader"], "numeric"),
  ];
  const answers = (questionId: string, right: number, wrong: number) =>
    Array.from({ length: right + wrong }, (_, n) => ({ questionId, correct: n < right }));
  const reportOf = (rows: Array<{ questionId: string; correct: boolean }>) =>
    buildClassReport(
      {
        ...smallClass([]),
        players: rows.map((_, n) => ({ id: `p${n}`, gameId: "g1", playerId: `s${n}`, nickname: `S${n}` })),
        answers: rows.map((row, n) => ({ ...row, gamePlayerId: `p${n}` })),
      },
      { question: (id) => bigger.find((q) => q.id === id), fact },
    );

  it("takes up to two questions per fact, weakest fact first: the missed question, then one not asked yet", () => {
    const report = reportOf([...answers("q-drones", 1, 4), ...answers("q-leader", 3, 1), ...answers("q-leader-tf", 4, 0)]);
    const pick = pickPracticeQuestions(report, bigger, 10);
    expect(pick).toEqual({
      ok: true,
      questionIds: ["q-drones", "q-drones-3", "q-leader", "q-leader-3"],
      factIds: ["ir.support.drones", "by.leader"],
    });
    expect(pickPracticeQuestions(report, bigger, 3)).toMatchObject({ questionIds: ["q-drones", "q-drones-3", "q-leader"] });
  });

  it("never picks a retired question (one not among the playable)", () => {
    const report = reportOf(answers("q-drones", 0, 5));
    const playable = bigger.filter((q) => q.id !== "q-drones");
    expect(pickPracticeQuestions(report, playable, 10)).toMatchObject({ questionIds: ["q-drones-3", "q-drones-2"] });
    expect(pickPracticeQuestions(report, [], 10)).toEqual({ ok: false, reason: "no_questions" });
  });

  it("refuses while no fact has enough answers, or none was missed", () => {
    expect(pickPracticeQuestions(reportOf(answers("q-drones", 0, 2)), bigger, 10)).toEqual({
      ok: false,
      reason: "too_few_answers",
    });
    expect(pickPracticeQuestions(reportOf(answers("q-drones", 5, 0)), bigger, 10)).toEqual({
      ok: false,
      reason: "nothing_missed",
    });
  });
});
