import { describe, expect, it } from "vitest";
import { csvCell } from "./csv";
import { reportCsv } from "./report-tables";
import { buildReport } from "./report";
import { sampleQuestion } from "@/lib/games/testing/sample-questions";

const questions = [sampleQuestion("single"), sampleQuestion("truefalse"), sampleQuestion("numeric")];
const players = [
  { id: "p1", nickname: "Ada", score: 1800, accuracyScore: 2000, correctCount: 2, finishedAt: null },
  { id: "p2", nickname: "Ben", score: 700, accuracyScore: 1000, correctCount: 1, finishedAt: null },
  { id: "p3", nickname: "=Cem", score: 0, accuracyScore: 0, correctCount: 0, finishedAt: null },
];
const row = (gamePlayerId: string, questionIndex: number, correct: boolean, points: number, timeMs: number) => ({
  gamePlayerId,
  questionIndex,
  correct,
  points,
  bonus: 0,
  accuracyPoints: correct ? 1000 : 0,
  timeMs,
});
const answers = [
  row("p1", 0, true, 900, 2000),
  row("p2", 0, true, 700, 4000),
  row("p1", 1, true, 900, 1000),
  row("p2", 1, false, 0, 3000),
];

describe("buildReport", () => {
  const report = buildReport({ questions, askedCount: 2, players, answers });

  it("reports only the questions asked, with accuracy over all players and the average time", () => {
    expect(report.questions.map((q) => [q.index, q.answered, q.correct, q.accuracy, q.averageTimeMs])).toEqual([
      [0, 2, 2, 2 / 3, 3000],
      [1, 2, 1, 1 / 3, 2000],
    ]);
    expect(report.averageAccuracy).toBeCloseTo(0.5);
  });

  it("lists as hardest only what the answers show: 1 of 3 right, not the 2-of-3 question of three players", () => {
    expect(report.hardest).toEqual([1]);
    expect(report.fewAnswers).toBe(false);
  });

  it("names the hardest questions, hardest first, once a class is big enough to tell", () => {
    const many = Array.from({ length: 10 }, (_, n) => ({ ...players[0]!, id: `q${n}`, nickname: `P${n}` }));
    const rows = many.flatMap((player, n) => [row(player.id, 0, n < 7, 900, 2000), row(player.id, 1, n < 2, 900, 2000)]);
    const big = buildReport({ questions, askedCount: 3, players: many, answers: rows });
    // Question 1: 2 of 10 right; question 0: 7 of 10 (plausibly up to 89 %), not hard; question 2: no one answered.
    expect(big.hardest).toEqual([2, 1]);
  });

  it("says when a question was missed by too few players to call it hard", () => {
    const two = buildReport({ questions, askedCount: 1, players: players.slice(0, 2), answers: [row("p1", 0, false, 0, 1000)] });
    expect(two.hardest).toEqual([]);
    expect(two.fewAnswers).toBe(true);
  });

  it("ranks the players with their totals, right answers and answers given", () => {
    expect(report.players.map((p) => [p.rank, p.nickname, p.score, p.correctCount, p.answered])).toEqual([
      [1, "Ada", 1800, 2, 2],
      [2, "Ben", 700, 1, 2],
      [3, "=Cem", 0, 0, 0],
    ]);
  });

  it("exports one CSV row per player and question asked, defusing formula-like nicknames", () => {
    const csv = reportCsv(
      report,
      answers.map((a) => ({ ...a, answerText: a.correct ? 'right, "quoted"' : "wrong" })),
      "en",
    );
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[0]).toBe("Rank,Nickname,Total score,Total correct,Question no.,Question,Answer,Correct,Time (s),Points");
    expect(lines[1]).toContain(`1,Ada,1800,2,1,`);
    expect(lines[1]).toMatch(/,"right, ""quoted""",yes,2\.0,900$/);
    expect(lines[5]).toMatch(/^3,'=Cem,0,0,1,.*,,no,,0$/);
  });

  it("writes German CSV the way German spreadsheets read it: semicolons, decimal commas", () => {
    const csv = reportCsv(
      report,
      answers.map((a) => ({ ...a, answerText: "Belarus; Iran" })),
      "de",
    );
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Platz;Spitzname;Punkte gesamt;Richtige gesamt;Frage Nr.;Frage;Antwort;Richtig;Zeit (s);Punkte");
    expect(lines[1]).toMatch(/^1;Ada;1800;2;1;.*;"Belarus; Iran";ja;2,0;900$/);
  });

  it("quotes cells with commas, quotes and line breaks", () => {
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(42)).toBe("42");
  });
});
