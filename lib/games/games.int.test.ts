// Live games and assignments against real databases: PINs, joining, batched answers, settling totals when a
// question closes, races between instances, and posting to a group's board.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import type { TStoredQuestion } from "@/questions/types";
import { applyHostAction } from "@/lib/games/rules/state-machine";
import type { THostAction, TGameSettings } from "./types";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { nicknameKey } from "@/lib/players/rules/nickname-key";
import { streakBonus } from "@/lib/scoring/rules/points";

const speedBonus = (streak: number) => streakBonus(streak, "speed");
import { submitAssignmentAnswer } from "@/lib/games/use-cases/submit-assignment-answer";
import { serveAssignmentQuestion } from "@/lib/games/queries/assignment-answers";
import { storeLiveAnswers, type TGradedAnswer } from "@/lib/games/queries/game-answers";
import { joinGame, joinGamePlayers, kickGamePlayer, type TGamePlayerRow } from "@/lib/games/queries/game-players";
import { postGameScores } from "@/lib/games/use-cases/post-game-scores";
import { createGame, gameState, saveTransition, type TGameRow } from "@/lib/games/queries/games";
import { createGroup } from "@/lib/classes/queries/groups";
import { getLeaderboard } from "@/lib/leaderboards/use-cases/get-leaderboard";
import { createPlayer } from "@/lib/players/queries/players";
import { loadQuestionBankIntoDb } from "@/lib/sets/queries/question-bank";

const built = buildQuestionBank().bank!;
const singles = built.questions.filter((q) => q.kind === "single").slice(0, 3) as TStoredQuestion[];
const liveSettings: TGameSettings = { questionCount: 3, secondsPerQuestion: 20, scoring: "speed", shuffle: false, maxPlayers: 3 };

describe.each(TEST_PROVIDERS)("games on %s", (provider) => {
  let database: TMigratedTestDatabase;
  const handle = () => database.handle;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadQuestionBankIntoDb(database.handle, built);
  });
  afterAll(async () => {
    await database?.close();
  });

  const newGame = (settings: Partial<TGameSettings> = {}, extra: { groupId?: string; mode?: "live" | "assignment" } = {}) =>
    createGame(db(), {
      mode: extra.mode ?? "live",
      setId: "all-allies",
      groupId: extra.groupId ?? null,
      settings: { ...liveSettings, ...settings },
      questionIds: singles.map((q) => q.id),
      deadline: extra.mode === "assignment" ? new Date(Date.now() + 3_600_000) : null,
    });

  async function join(game: TGameRow, nickname: string, playerId: string | null = null): Promise<TGamePlayerRow> {
    const joined = await joinGame(handle(), game, { nickname, nicknameKey: nicknameKey(nickname), playerId });
    if (!joined.ok) throw new Error(joined.code);
    return joined.player;
  }

  async function act(game: TGameRow, action: THostAction, now = Date.now()): Promise<TGameRow> {
    const from = gameState(game);
    const step = applyHostAction(from, action, 20, { now, playerCount: 3 });
    if (!step.ok) throw new Error(step.message);
    const saved = await saveTransition(handle(), from, step.state);
    if (!saved) throw new Error("lost the race");
    return saved;
  }

  const answer = (player: TGamePlayerRow, index: number, correct: boolean, points = 800): TGradedAnswer => {
    const question = singles[index]!;
    const chosen = correct ? question.answer : question.options.find((o) => o.id !== question.answer)!.id;
    return {
      gamePlayerId: player.id,
      questionIndex: index,
      questionId: question.id,
      answerJson: JSON.stringify(chosen),
      correct,
      points: correct ? points : 0,
      accuracyPoints: correct ? 1000 : 0,
      timeMs: 2_000,
      receivedAt: new Date(),
    };
  };

  it("gives each game a six-digit PIN and takes over a PIN only from an ended game", async () => {
    const { game: first, hostKey } = await newGame();
    expect(first.pin).toMatch(/^\d{6}$/);
    expect(hostKey.length).toBeGreaterThanOrEqual(24);
    expect(first.hostHash).not.toContain(hostKey);
    const draws =
      (...pins: string[]) =>
      () =>
        pins.shift() ?? "999999";
    const input = {
      mode: "live" as const,
      setId: "all-allies",
      groupId: null,
      settings: liveSettings,
      questionIds: [singles[0]!.id],
      deadline: null,
    };
    // A running game keeps its PIN: the next draw is used.
    const second = await createGame(db(), input, { drawPin: draws(first.pin!, "100001") });
    expect(second.game.pin).toBe("100001");
    await act(second.game, "end");
    const third = await createGame(db(), input, { drawPin: draws("100001") });
    expect(third.game.pin).toBe("100001");
    expect((await db().game.findUnique({ where: { id: second.game.id } }))!.pin).toBeNull();
  });

  it("refuses a nickname taken in any case, a locked, a full and an ended game", async () => {
    const { game } = await newGame({ maxPlayers: 2 });
    await join(game, "Anna");
    expect(await joinGame(handle(), game, { nickname: "anna", nicknameKey: nicknameKey("anna"), playerId: null })).toEqual({
      ok: false,
      code: "nickname_taken",
    });
    await join(game, "Ben");
    expect(await joinGame(handle(), game, { nickname: "Cem", nicknameKey: nicknameKey("Cem"), playerId: null })).toEqual({
      ok: false,
      code: "game_full",
    });
    const locked = await act(game, "lock");
    expect(await joinGame(handle(), locked, { nickname: "Dora", nicknameKey: nicknameKey("Dora"), playerId: null })).toEqual({
      ok: false,
      code: "game_locked",
    });
    // A copy of the game read before the change: the transaction reads the stored state again.
    expect(await joinGame(handle(), game, { nickname: "Dora", nicknameKey: nicknameKey("Dora"), playerId: null })).toEqual({
      ok: false,
      code: "game_locked",
    });
    const ended = await act(locked, "end");
    expect(await joinGame(handle(), ended, { nickname: "Dora", nicknameKey: nicknameKey("Dora"), playerId: null })).toEqual({
      ok: false,
      code: "game_ended",
    });
    expect(await joinGame(handle(), game, { nickname: "Dora", nicknameKey: nicknameKey("Dora"), playerId: null })).toEqual({
      ok: false,
      code: "game_ended",
    });
  });

  it("counts only players still in the game against its capacity", async () => {
    const { game } = await newGame({ maxPlayers: 1 });
    const anna = await join(game, "Anna");
    expect(await joinGame(handle(), game, { nickname: "Ben", nicknameKey: nicknameKey("Ben"), playerId: null })).toEqual({
      ok: false,
      code: "game_full",
    });
    expect(await kickGamePlayer(db(), game.id, anna.id)).toBe(true);
    expect(await joinGame(handle(), game, { nickname: "Ben", nicknameKey: nicknameKey("Ben"), playerId: null })).toMatchObject({
      ok: true,
      total: 1,
    });
  });

  it("writes joins arriving together in one batch, each nickname won once even by batches racing each other", async () => {
    const { game } = await newGame({ maxPlayers: 25 });
    const input = (nickname: string) => ({ nickname, nicknameKey: nicknameKey(nickname), playerId: null });
    const outcome = (result: Awaited<ReturnType<typeof joinGame>>) => (result.ok ? result.player.nickname : result.code);

    // In one batch, "anna " after "Anna" is taken; the others join and the count goes up with each.
    const first = await joinGamePlayers(handle(), game, [input("Anna"), input("anna "), input("Ben")]);
    expect(first.map(outcome)).toEqual(["Anna", "nickname_taken", "Ben"]);
    expect(first.map((result) => (result.ok ? result.total : null))).toEqual([1, null, 2]);

    // Five batches at once, all wanting the same names, one of them already taken: every free name is won exactly once.
    const names = ["ANNA", ...Array.from({ length: 10 }, (_, i) => `Kim ${String.fromCharCode(65 + i)}`)];
    const racing = (await Promise.all([1, 2, 3, 4, 5].map(() => joinGamePlayers(handle(), game, names.map(input))))).flat();
    expect(
      racing
        .filter((result) => result.ok)
        .map(outcome)
        .sort(),
    ).toEqual(names.slice(1).sort());
    expect(new Set(racing.filter((result) => !result.ok).map(outcome))).toEqual(new Set(["nickname_taken"]));
    const stored = await db().gamePlayer.findMany({ where: { gameId: game.id }, select: { nicknameKey: true } });
    expect(stored).toHaveLength(12);
    expect(new Set(stored.map((row) => row.nicknameKey)).size).toBe(12);

    // Capacity holds across racing batches too: 13 more fit, the rest are told the game is full.
    const more = await Promise.all(
      [0, 1, 2].map((b) =>
        joinGamePlayers(
          handle(),
          game,
          Array.from({ length: 6 }, (_, i) => input(`Neu ${b}${i}`)),
        ),
      ),
    );
    expect(more.flat().filter((result) => result.ok)).toHaveLength(13);
    expect(
      more
        .flat()
        .filter((result) => !result.ok)
        .map(outcome),
    ).toEqual(["game_full", "game_full", "game_full", "game_full", "game_full"]);
    expect(await db().gamePlayer.count({ where: { gameId: game.id } })).toBe(25);
  });

  it("stores a batch of answers once each, adds streak bonuses, and settles totals when the question closes", async () => {
    const { game } = await newGame();
    const [ada, ben, cem] = [await join(game, "Ada"), await join(game, "Ben"), await join(game, "Cem")];
    let row = await act(game, "start");

    const first = await storeLiveAnswers(handle(), game.id, 0, speedBonus, [
      answer(ada!, 0, true),
      answer(ben!, 0, false),
      answer(ada!, 0, false),
    ]);
    expect(first).toEqual([{ status: "stored", bonus: 0 }, { status: "stored", bonus: 0 }, { status: "duplicate" }]);
    expect(await storeLiveAnswers(handle(), game.id, 0, speedBonus, [answer(ben!, 0, true)])).toEqual([{ status: "duplicate" }]);
    expect(await storeLiveAnswers(handle(), game.id, 1, speedBonus, [answer(cem!, 1, true)])).toMatchObject([
      { status: "refused", code: "question_closed" },
    ]);

    row = await act(row, "skip");
    expect(await storeLiveAnswers(handle(), game.id, 0, speedBonus, [answer(cem!, 0, true)])).toMatchObject([
      { status: "refused", code: "question_closed" },
    ]);
    const totals = async () =>
      Object.fromEntries(
        (await db().gamePlayer.findMany({ where: { gameId: game.id } })).map((p) => [
          p.nickname,
          [p.score, p.correctCount, p.streak, p.accuracyScore],
        ]),
      );
    expect(await totals()).toEqual({ Ada: [800, 1, 1, 1000], Ben: [0, 0, 0, 0], Cem: [0, 0, 0, 0] });

    row = await act(row, "next");
    // Ada's second right answer in a row earns the first streak bonus (her streak read, or known by the caller).
    const known = (id: string) => (id === cem!.id ? 2 : undefined);
    expect(
      await storeLiveAnswers(handle(), game.id, 1, speedBonus, [answer(ada!, 1, true, 900), answer(cem!, 1, true, 500)], known),
    ).toEqual([
      { status: "stored", bonus: 100 },
      { status: "stored", bonus: 200 },
    ]);
    // Ending while a question is open still settles it.
    await act(row, "end");
    expect(await totals()).toEqual({ Ada: [1800, 2, 2, 2000], Ben: [0, 0, 0, 0], Cem: [700, 1, 1, 1000] });
  });

  it("lets only one of two racing instances take a step", async () => {
    const { game } = await newGame();
    await join(game, "Ada");
    const from = gameState(game);
    const step = applyHostAction(from, "start", 20, { now: Date.now(), playerCount: 1 });
    if (!step.ok) throw new Error(step.message);
    const results = await Promise.all([saveTransition(handle(), from, step.state), saveTransition(handle(), from, step.state)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("runs an assignment at each player's pace, grading each answer at once; a question's clock starts when it is shown", async () => {
    const { game } = await newGame({ secondsPerQuestion: 5 }, { mode: "assignment" });
    const ada = await join(game, "Ada");
    const settings = { ...liveSettings, secondsPerQuestion: 5 };
    const start = Date.now();
    const at = (ms: number) => new Date(start + ms);
    const submit = (player: TGamePlayerRow, index: number, chosen: string, ms = 1_000, timeMs = 1_000) =>
      submitAssignmentAnswer(
        db(),
        { settings, questionCount: 3, player, question: singles[index]!, questionIndex: index, answer: chosen, timeMs },
        at(ms),
      );
    /** The phone shows the player's current question at `ms`: the player as stored then. */
    const show = async (player: TGamePlayerRow, ms: number) => {
      await serveAssignmentQuestion(db(), player.id, player.currentIndex, at(ms));
      return db().gamePlayer.findUniqueOrThrow({ where: { id: player.id } });
    };
    // Nothing is served at joining: the first question's clock starts when the phone shows it.
    expect(ada.servedAt).toBeNull();
    expect(await submit(ada, 0, singles[0]!.answer as string)).toMatchObject({ ok: false, code: "question_not_shown" });
    const shown = await show(ada, 0);
    expect((await show(shown, 800)).servedAt).toEqual(at(0));
    const first = await submit(shown, 0, singles[0]!.answer as string);
    expect(first).toMatchObject({ ok: true, duplicate: false, feedback: { correct: true } });
    const again = await submit(shown, 0, "whatever");
    expect(again).toMatchObject({ ok: true, duplicate: true, feedback: { correct: true } });
    const moved = first.ok ? first.player : ada;
    expect(moved.servedAt).toBeNull();
    expect(await submit(moved, 2, singles[2]!.answer as string)).toMatchObject({ ok: false, code: "not_current_question" });
    // 6.5 s reading the feedback, then question 2 is shown and answered 1.5 s later: within the 5 s timer.
    const second = await submit(await show(moved, 7_500), 1, singles[1]!.answer as string, 9_000, 1_500);
    expect(second).toMatchObject({ ok: true, feedback: { correct: true, timeMs: 1_500 } });
    expect(second.ok && second.feedback.points).toBeGreaterThan(0);
    const wrong = singles[2]!.options.find((o) => o.id !== singles[2]!.answer)!.id;
    const third = await submit(await show(second.ok ? second.player : moved, 9_500), 2, wrong, 10_000, 500);
    expect(third).toMatchObject({ ok: true, feedback: { correct: false, points: 0 } });
    expect(third.ok && third.player).toMatchObject({ currentIndex: 3, correctCount: 2, finishedAt: expect.any(Date) });
  });

  it("posts a group game's totals to the group's board as the group counts them, once", async () => {
    const { group } = await createGroup(db(), { name: "7b", scoring: "accuracy" });
    const { game } = await newGame({}, { groupId: group.id });
    const { player: app } = await createPlayer(db());
    await db().player.update({ where: { id: app.id }, data: { nickname: "Ada" } });
    const ada = await join(game, "Ada", app.id);
    const started = await act(game, "start");
    await storeLiveAnswers(handle(), game.id, 0, speedBonus, [answer(ada, 0, true, 640)]);
    await act(started, "end");
    expect(await postGameScores(handle(), game.id)).toEqual({ posted: 1, setId: game.setId, scope: group.id });
    expect(await postGameScores(handle(), game.id)).toEqual({ posted: 0 });
    const board = await getLeaderboard(db(), { scope: group.id, setId: "all-allies", period: "all" });
    expect(board.entries).toMatchObject([{ nickname: "Ada", score: 1000 }]);
    expect(await db().groupMember.count({ where: { groupId: group.id } })).toBe(1);
  });
});
