import { describe, expect, it } from "vitest";
import { playableQuestion } from "@/questions/present";
import { buildFinal, buildReveal } from "./reveal";
import { sampleQuestion } from "@/lib/games/testing/sample-questions";

const question = sampleQuestion("single");
const wrong = question.options.find((option) => option.id !== question.answer)!.id;
const players = [
  { id: "a", nickname: "Ada", score: 1900, correctCount: 2, streak: 2 },
  { id: "b", nickname: "Ben", score: 1000, correctCount: 1, streak: 0 },
  { id: "c", nickname: "Cem", score: 950, correctCount: 1, streak: 1 },
  { id: "d", nickname: "Dora", score: 0, correctCount: 0, streak: 0 },
];
const answers = [
  { gamePlayerId: "a", answer: question.answer, correct: true, points: 800, bonus: 100, accuracyPoints: 1000 },
  { gamePlayerId: "b", answer: wrong, correct: false, points: 0, bonus: 0, accuracyPoints: 0 },
  { gamePlayerId: "c", answer: question.answer, correct: true, points: 950, bonus: 0, accuracyPoints: 1000 },
];

describe("buildReveal", () => {
  const reveal = buildReveal({ index: 1, question, playable: playableQuestion(question, "g"), answers, players });

  it("gives the projector the distribution, the solution and the top players with their movements", () => {
    expect(reveal.host).toMatchObject({ index: 1, answered: 3, playerCount: 4, solution: { answer: question.answer } });
    expect(reveal.host.distribution).toMatchObject({ kind: "options", answered: 3, noAnswer: 1 });
    // Before this question Ada and Ben shared first (1000), Cem and Dora third (0); Ben now falls to second.
    expect(reveal.host.top.map((s) => [s.nickname, s.rank, s.previousRank])).toEqual([
      ["Ada", 1, 1],
      ["Ben", 2, 1],
      ["Cem", 3, 3],
      ["Dora", 4, 3],
    ]);
  });

  it("gives each player their own result, and one who did not answer says so", () => {
    expect(reveal.resultFor("a")).toMatchObject({
      answered: true,
      correct: true,
      points: 800,
      bonus: 100,
      streak: 2,
      rank: 1,
      score: 1900,
      closeness: 1,
    });
    expect(reveal.resultFor("d")).toMatchObject({ answered: false, correct: false, points: 0, given: null, rank: 4 });
    expect(reveal.resultFor("nobody")).toBeUndefined();
    expect(reveal.streakOf("a")).toBe(2);
    expect(reveal.streakOf("joined-later")).toBe(0);
  });
});

describe("buildFinal", () => {
  it("ranks everyone and gives each their place with the podium", () => {
    const final = buildFinal(players);
    expect(final.playerCount).toBe(4);
    expect(final.standings.map((s) => s.nickname)).toEqual(["Ada", "Ben", "Cem", "Dora"]);
    expect(final.placeOf("c")).toMatchObject({
      rank: 3,
      score: 950,
      playerCount: 4,
      podium: [{ nickname: "Ada" }, { nickname: "Ben" }, { nickname: "Cem" }],
    });
  });
});
