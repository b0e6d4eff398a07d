// Server-side scoring against real databases: grading, idempotency, refusals, races and leaderboards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import type { TStoredQuestion } from "@/questions/types";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { createAttempt } from "@/lib/attempts/queries/attempts";
import type { TAttemptRow } from "@/lib/attempts/types";
import { attemptAnswers } from "@/lib/attempts/use-cases/attempt-results";
import { attemptBoardEntry, postAttempt } from "@/lib/attempts/use-cases/post-attempt";
import { submitAnswer } from "@/lib/attempts/use-cases/submit-answer";
import { startAttempt } from "@/lib/attempts/use-cases/start-attempt";
import { answerAttempt, showCurrentQuestion } from "@/lib/attempts/use-cases/answer-attempt";
import { createDbHandle, type TDbHandle } from "@/lib/platform/db/client";
import { createGroup, joinGroup } from "@/lib/classes/queries/groups";
import { refreshPlayerOnBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { getLeaderboard, leaderboardJson } from "@/lib/leaderboards/use-cases/get-leaderboard";
import { GLOBAL_SCOPE, OVERALL_SET } from "@/lib/leaderboards/types";
import { createPlayer } from "@/lib/players/queries/players";
import { renamePlayer } from "@/lib/players/use-cases/rename-player";
import { loadQuestionBankIntoDb, readQuestionBank } from "@/lib/sets/queries/question-bank";

const built = buildQuestionBank().bank!;
const allSingles = built.questions.filter((q) => q.kind === "single").map((q) => q.id);
const singles = allSingles.slice(0, 4);
const rightAnswer = (question: TStoredQuestion) => question.answer as string;
const wrongAnswer = (question: TStoredQuestion) => question.options.find((o) => o.id !== question.answer)!.id;

describe.each(TEST_PROVIDERS)("attempts and leaderboards on %s", (provider) => {
  let database: TMigratedTestDatabase;
  let bank: Awaited<ReturnType<typeof readQuestionBank>>;
  const db = () => database.handle.db;
  const handle = () => database.handle;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadQuestionBankIntoDb(database.handle, built);
    bank = await readQuestionBank(database.handle);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function newPlayer(nickname?: string) {
    const { player } = await createPlayer(db());
    if (nickname) await renamePlayer(db(), player.id, nickname);
    return player;
  }

  /** Shows the attempt's current question at `at` (the client asked for it): its clock starts then. */
  async function show(attempt: TAttemptRow, at: Date, on: TDbHandle = handle()): Promise<TAttemptRow> {
    const shown = await showCurrentQuestion(on, { attemptId: attempt.id, playerId: attempt.playerId }, at);
    if (!shown.ok) throw new Error(shown.message);
    return shown.attempt;
  }

  /** Answers every question of an attempt (right ones as given), `ms` after each was served; shows the next at once. */
  async function play(attempt: TAttemptRow, correct: boolean[], ms = 1_000): Promise<TAttemptRow> {
    let current = attempt;
    for (const [index, id] of JSON.parse(attempt.questionIds).entries() as IterableIterator<[number, string]>) {
      const question = bank.questions.get(id)!;
      const at = new Date(current.servedAt!.getTime() + ms);
      const result = await submitAnswer(
        handle(),
        bank,
        {
          attempt: current,
          questionId: id,
          answer: correct[index] ? rightAnswer(question) : wrongAnswer(question),
          clientTimeMs: ms,
        },
        at,
      );
      if (!result.ok) throw new Error(result.message);
      current = result.attempt.finishedAt ? result.attempt : await show(result.attempt, at);
    }
    return current;
  }

  it("grades on the server and scores speed, accuracy and streaks", async () => {
    const player = await newPlayer();
    const start = new Date("2026-11-20T10:00:00Z");
    const attempt = await createAttempt(
      db(),
      { playerId: player.id, setId: "asia", questionIds: singles.slice(0, 3), scoring: "speed" },
      start,
    );
    const first = bank.questions.get(singles[0]!)!;
    const result = await submitAnswer(
      handle(),
      bank,
      { attempt, questionId: first.id, answer: rightAnswer(first), clientTimeMs: 0 },
      new Date(start.getTime() + 100),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feedback).toMatchObject({ correct: true, points: 1000, bonus: 0 });
    expect(result.feedback.solution.answer).toBe(first.answer);
    expect(result.feedback.solution.sources[0]!.quote.length).toBeGreaterThan(10);
    expect(result.attempt).toMatchObject({ currentIndex: 1, score: 1000, accuracyScore: 1000, correctCount: 1, streak: 1 });

    const second = bank.questions.get(singles[1]!)!;
    const shown = await show(result.attempt, new Date(start.getTime() + 5_000));
    const slow = await submitAnswer(
      handle(),
      bank,
      { attempt: shown, questionId: second.id, answer: rightAnswer(second), clientTimeMs: 10_000 },
      new Date(shown.servedAt!.getTime() + 10_000),
    );
    if (!slow.ok) throw new Error(slow.message);
    expect(slow.feedback).toMatchObject({ correct: true, points: 750, bonus: 100 });
    expect(slow.attempt).toMatchObject({ score: 1850, accuracyScore: 2000, streak: 2 });
  });

  it("starts a question's clock when the client shows it, once: reading the feedback costs nothing", async () => {
    const player = await newPlayer();
    const start = new Date("2026-11-20T11:00:00Z");
    const attempt = await createAttempt(
      db(),
      { playerId: player.id, setId: "asia", questionIds: singles.slice(0, 2), scoring: "speed", timerSeconds: 5 },
      start,
    );
    const [q1, q2] = singles.slice(0, 2).map((id) => bank.questions.get(id)!);
    const at = (ms: number) => new Date(start.getTime() + ms);
    const answer = (question: TStoredQuestion, ms: number, clientTimeMs: number) =>
      answerAttempt(
        handle(),
        bank,
        {
          attemptId: attempt.id,
          playerId: player.id,
          questionId: question.id,
          answer: rightAnswer(question),
          clientTimeMs,
        },
        at(ms),
      );
    expect(await answer(q1!, 1_000, 1_000)).toMatchObject({ ok: true, attempt: { currentIndex: 1, servedAt: null } });
    // Question 2 cannot be answered before it is shown: nothing of it has reached the client.
    expect(await answer(q2!, 2_000, 500)).toMatchObject({ ok: false, status: 409, code: "question_not_shown" });
    // 6.5 s of reading the feedback, then the client shows question 2; asking again does not restart its clock.
    const shown = await show(attempt, at(7_500));
    expect(shown.servedAt).toEqual(at(7_500));
    expect((await show(attempt, at(8_000))).servedAt).toEqual(at(7_500));
    // A right answer 1.5 s later, with a 5 s timer: right, with points.
    const second = await answer(q2!, 9_000, 1_500);
    expect(second).toMatchObject({ ok: true, feedback: { correct: true, timeMs: 1_500 } });
    expect(second.ok && second.feedback.points).toBeGreaterThan(900);
    const stored = await db().attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored).toMatchObject({ correctCount: 2, totalTimeMs: 2_500 });
  });

  it("practises the mistakes: a new attempt of exactly the questions missed, for its own player only", async () => {
    const player = await newPlayer();
    const attempt = await createAttempt(db(), {
      playerId: player.id,
      setId: "asia",
      questionIds: singles.slice(0, 4),
      scoring: "speed",
    });
    const retry = (playerId: string, retryOf: string) => startAttempt(db(), bank, playerId, { setId: "asia", retryOf });
    expect(await retry(player.id, attempt.id)).toMatchObject({ ok: false, status: 409, code: "attempt_not_finished" });
    await play(attempt, [true, false, true, false]);
    const practice = await retry(player.id, attempt.id);
    if (!practice.ok) throw new Error(practice.message);
    expect(JSON.parse(practice.attempt.questionIds)).toEqual([singles[1], singles[3]]);
    const stranger = await newPlayer();
    expect(await retry(stranger.id, attempt.id)).toMatchObject({ ok: false, status: 403, code: "not_your_attempt" });
    const perfect = await play(
      await createAttempt(db(), { playerId: player.id, setId: "asia", questionIds: singles.slice(0, 1), scoring: "speed" }),
      [true],
    );
    expect(await retry(player.id, perfect.id)).toMatchObject({ ok: false, status: 409, code: "nothing_missed" });
  });

  it("counts an answer sent twice once, and refuses answers that do not belong", async () => {
    const player = await newPlayer();
    const attempt = await createAttempt(db(), {
      playerId: player.id,
      setId: "asia",
      questionIds: singles.slice(0, 2),
      scoring: "speed",
    });
    const question = bank.questions.get(singles[0]!)!;
    const input = { attempt, questionId: question.id, answer: rightAnswer(question), clientTimeMs: 500 };
    const at = new Date(attempt.servedAt!.getTime() + 600);
    const once = await submitAnswer(handle(), bank, input, at);
    const twice = await submitAnswer(handle(), bank, { ...input, answer: wrongAnswer(question) }, at);
    expect(once).toMatchObject({ ok: true, duplicate: false });
    expect(twice).toMatchObject({
      ok: true,
      duplicate: true,
      feedback: { correct: true, points: once.ok ? once.feedback.points : -1 },
    });
    const stored = await db().attempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored.score).toBe(once.ok ? once.feedback.points : -1);
    const fresh = await show(stored, new Date(at.getTime() + 3_000));
    expect(await db().attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(1);

    const stranger = built.questions.find((q) => !singles.includes(q.id))!;
    expect(
      await submitAnswer(handle(), bank, { attempt: fresh, questionId: stranger.id, answer: "x", clientTimeMs: 1 }, at),
    ).toMatchObject({
      ok: false,
      status: 422,
      code: "question_not_in_attempt",
    });
    const next = bank.questions.get(singles[1]!)!;
    expect(
      await submitAnswer(
        handle(),
        bank,
        { attempt: fresh, questionId: next.id, answer: rightAnswer(next), clientTimeMs: 60_000 },
        new Date(fresh.servedAt!.getTime() + 1_000),
      ),
    ).toMatchObject({ ok: false, status: 422, code: "impossible_time", field: "timeMs" });
    expect(
      await submitAnswer(
        handle(),
        bank,
        { attempt: fresh, questionId: next.id, answer: ["a", "b"], clientTimeMs: 100 },
        new Date(fresh.servedAt!.getTime() + 200),
      ),
    ).toMatchObject({ ok: false, status: 400, code: "invalid_input", field: "answer" });

    const done = await submitAnswer(
      handle(),
      bank,
      { attempt: fresh, questionId: next.id, answer: rightAnswer(next), clientTimeMs: 100 },
      new Date(fresh.servedAt!.getTime() + 200),
    );
    if (!done.ok) throw new Error(done.message);
    expect(done.attempt.finishedAt).not.toBeNull();
    expect(
      await submitAnswer(handle(), bank, { attempt: done.attempt, questionId: stranger.id, answer: "x", clientTimeMs: 1 }),
    ).toMatchObject({ ok: false, status: 422 });
    const again = await createAttempt(db(), { playerId: player.id, setId: "asia", questionIds: [singles[0]!], scoring: "speed" });
    const closed = await db().attempt.update({ where: { id: again.id }, data: { finishedAt: new Date() } });
    expect(
      await submitAnswer(handle(), bank, {
        attempt: closed,
        questionId: singles[0]!,
        answer: rightAnswer(question),
        clientTimeMs: 1,
      }),
    ).toMatchObject({
      ok: false,
      status: 409,
      code: "attempt_finished",
    });
  });

  it("loses nothing when hundreds of answers from many players arrive at once", async () => {
    const players = await Promise.all(Array.from({ length: 40 }, () => newPlayer()));
    const attempts = await Promise.all(
      players.map((player) =>
        createAttempt(db(), { playerId: player.id, setId: "asia", questionIds: singles.slice(0, 1), scoring: "speed" }),
      ),
    );
    const question = bank.questions.get(singles[0]!)!;
    // Each player sends the same answer five times in parallel (retries, double clicks): 200 requests.
    const results = await Promise.all(
      attempts.flatMap((attempt) =>
        Array.from({ length: 5 }, () =>
          submitAnswer(
            handle(),
            bank,
            { attempt, questionId: question.id, answer: rightAnswer(question), clientTimeMs: 300 },
            new Date(attempt.servedAt!.getTime() + 400),
          ),
        ),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(results.filter((result) => result.ok && !result.duplicate)).toHaveLength(attempts.length);
    const ids = attempts.map((attempt) => attempt.id);
    expect(await db().attemptAnswer.count({ where: { attemptId: { in: ids } } })).toBe(attempts.length);
    const points = results.find((result) => result.ok && !result.duplicate)!;
    const expected = points.ok ? points.feedback.points : -1;
    const rows = await db().attempt.findMany({ where: { id: { in: ids } } });
    for (const row of rows) expect(row).toMatchObject({ currentIndex: 1, correctCount: 1, score: expected });
  });

  it("writes answers arriving together in one batch, and an instance whose copy fell behind starts again from the database", async () => {
    const other = createDbHandle(database.target); // a second instance on the same database
    try {
      const players = await Promise.all(Array.from({ length: 30 }, () => newPlayer()));
      const attempts = await Promise.all(
        players.map((player) =>
          createAttempt(db(), { playerId: player.id, setId: "asia", questionIds: singles.slice(0, 3), scoring: "speed" }),
        ),
      );
      const [q1, q2, q3] = singles.slice(0, 3).map((id) => bank.questions.get(id)!);
      const answer = (on: TDbHandle, attempt: TAttemptRow, question: TStoredQuestion, playerId = attempt.playerId) =>
        answerAttempt(on, bank, {
          attemptId: attempt.id,
          playerId,
          questionId: question.id,
          answer: rightAnswer(question),
          clientTimeMs: 0,
        });

      // Instance one: every player answers question 1 three times at once (double clicks land in one batch).
      const first = await Promise.all(attempts.flatMap((attempt) => [1, 2, 3].map(() => answer(handle(), attempt, q1!))));
      expect(first.every((result) => result.ok)).toBe(true);
      expect(first.filter((result) => result.ok && !result.duplicate)).toHaveLength(attempts.length);
      // Instance two shows and answers question 2, so instance one's copies are now one question behind.
      await Promise.all(attempts.map((attempt) => show(attempt, new Date(), other)));
      const second = await Promise.all(attempts.map((attempt) => answer(other, attempt, q2!)));
      expect(second.every((result) => result.ok && !result.duplicate)).toBe(true);
      // Back on instance one: question 2 again is a duplicate with what instance two stored, question 3 finishes.
      const again = await answer(handle(), attempts[0]!, q2!);
      expect(again).toMatchObject({ ok: true, duplicate: true, attempt: { currentIndex: 2 } });
      // Instance one shows question 3 from a copy a question behind: it finds where the attempt is.
      const shownThird = await Promise.all(attempts.map((attempt) => show(attempt, new Date())));
      expect(shownThird.every((row) => row.currentIndex === 2 && row.servedAt)).toBe(true);
      const third = await Promise.all(attempts.map((attempt) => answer(handle(), attempt, q3!)));
      expect(third.every((result) => result.ok && !result.duplicate && result.attempt.finishedAt)).toBe(true);

      const rows = await db().attempt.findMany({ where: { id: { in: attempts.map((attempt) => attempt.id) } } });
      for (const row of rows) {
        expect(row).toMatchObject({ currentIndex: 3, correctCount: 3 });
        expect(row.finishedAt).toBeInstanceOf(Date);
        // Finished: no question waits to be shown.
        expect(row.servedAt).toBeNull();
        const stored = await attemptAnswers(db(), bank, row.id);
        expect(stored.map((feedback) => feedback.position)).toEqual([0, 1, 2]);
        expect(stored.every((feedback) => feedback.correct)).toBe(true);
        expect(row.score).toBe(stored.reduce((sum, feedback) => sum + feedback.points + feedback.bonus, 0));
      }
      // Someone else's attempt, and one that does not exist.
      expect(await answer(handle(), attempts[1]!, q3!, players[0]!.id)).toMatchObject({ ok: false, status: 403 });
      expect(await answer(handle(), { ...attempts[1]!, id: "00000000-0000-4000-8000-000000000000" }, q1!)).toMatchObject({
        ok: false,
        status: 404,
      });
    } finally {
      await other.db.$disconnect();
    }
  });

  it("posts a finished attempt once, ranks ties together, and sums set bests on the overall board", async () => {
    const setId = `set-${provider}`;
    const at = new Date("2026-11-18T09:00:00Z");
    const make = async (nickname: string, correct: boolean[], startedAt = at) => {
      const player = await newPlayer(nickname);
      const attempt = await createAttempt(
        db(),
        { playerId: player.id, setId, questionIds: singles.slice(0, 3), scoring: "speed" },
        startedAt,
      );
      return { player, attempt: await play(attempt, correct) };
    };
    const anna = await make("Anna", [true, true, true]);
    const ben = await make("Ben", [true, true, false]);
    // Tied with Ben, a minute later: shares his rank, listed after him.
    const cem = await make("Cem", [true, true, false], new Date(at.getTime() + 60_000));
    const dora = await make("Dora", [false, false, false]);
    expect(await postAttempt(database.handle, anna.attempt)).toEqual({ posted: true, alreadyPosted: false });
    expect(await postAttempt(database.handle, anna.attempt)).toEqual({ posted: false, alreadyPosted: true });
    for (const { attempt } of [ben, cem, dora]) await postAttempt(database.handle, attempt);

    const board = await getLeaderboard(
      db(),
      { scope: GLOBAL_SCOPE, setId, period: "all" },
      { playerId: dora.player.id, now: at },
    );
    expect(board.entries.map((entry) => [entry.rank, entry.nickname])).toEqual([
      [1, "Anna"],
      [2, "Ben"],
      [2, "Cem"],
      [4, "Dora"],
    ]);
    expect(board.me).toMatchObject({ rank: 4, score: 0 });
    expect(board.me!.neighbours.map((entry) => entry.nickname)).toEqual(["Ben", "Cem", "Dora"]);
    expect((await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId, period: "day" }, { now: at })).entries).toHaveLength(4);
    expect(
      (await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId, period: "day" }, { now: new Date("2026-11-25T09:00:00Z") }))
        .entries,
    ).toHaveLength(0);

    // A better attempt raises the set best and the overall sum by the improvement only.
    const overallBefore = (
      await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId: OVERALL_SET, period: "all" }, { playerId: ben.player.id, now: at })
    ).me!.score;
    // The API's body (its top N written once per board version) says what the board says, before and after a change.
    const apiBody = async (playerId?: string) =>
      JSON.parse(await leaderboardJson(db(), { scope: GLOBAL_SCOPE, setId, period: "all" }, { playerId, now: at }));
    const expected = async (playerId?: string) => ({
      leaderboard: await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId, period: "all" }, { playerId, now: at }),
      playerId: playerId ?? null,
    });
    expect(await apiBody()).toEqual(await expected());
    expect(await apiBody(ben.player.id)).toEqual(await expected(ben.player.id));
    expect((await apiBody()).leaderboard.entries[0].nickname).toBe("Anna");
    const better = await play(
      await createAttempt(db(), { playerId: ben.player.id, setId, questionIds: singles.slice(0, 3), scoring: "speed" }, at),
      [true, true, true],
      500,
    );
    await postAttempt(database.handle, better);
    const worse = await play(
      await createAttempt(db(), { playerId: ben.player.id, setId, questionIds: singles.slice(0, 3), scoring: "speed" }, at),
      [false, false, false],
    );
    await postAttempt(database.handle, worse);
    const setBoard = await getLeaderboard(
      db(),
      { scope: GLOBAL_SCOPE, setId, period: "all" },
      { playerId: ben.player.id, now: at },
    );
    expect(setBoard.me).toMatchObject({ rank: 1, score: better.score });
    expect(await apiBody(ben.player.id)).toEqual(await expected(ben.player.id));
    expect((await apiBody()).leaderboard.entries[0].nickname).toBe("Ben");
    const overall = await getLeaderboard(
      db(),
      { scope: GLOBAL_SCOPE, setId: OVERALL_SET, period: "all" },
      { playerId: ben.player.id, now: at },
    );
    expect(overall.me!.score).toBe(overallBefore + (better.score - ben.attempt.score));
  });

  it("keeps boards held in memory up to date: on this instance at once, on another when told, and with new nicknames", async () => {
    const setId = `cache-${provider}`;
    const board = (on: TDbHandle, playerId?: string) =>
      getLeaderboard(on.db, { scope: GLOBAL_SCOPE, setId, period: "all" }, { playerId });
    const finish = async (nickname: string, correct: boolean[]) => {
      const player = await newPlayer(nickname);
      const attempt = await play(
        await createAttempt(db(), { playerId: player.id, setId, questionIds: singles.slice(0, 3), scoring: "speed" }),
        correct,
      );
      return { player, attempt };
    };
    const other = createDbHandle(database.target);
    try {
      const low = await finish("Lea", [true, false, false]);
      await postAttempt(handle(), low.attempt);
      // Both instances now hold the board.
      expect((await board(handle())).entries.map((entry) => entry.nickname)).toEqual(["Lea"]);
      expect((await board(other)).entries.map((entry) => entry.nickname)).toEqual(["Lea"]);

      const high = await finish("Max", [true, true, true]);
      await postAttempt(handle(), high.attempt);
      expect((await board(handle(), high.player.id)).me).toMatchObject({ rank: 1, score: high.attempt.score });
      // The other instance shows its copy until the event bus tells it what changed.
      expect((await board(other)).entries.map((entry) => entry.nickname)).toEqual(["Lea"]);
      await refreshPlayerOnBoards(other.db, high.player.id, setId);
      expect((await board(other)).entries.map((entry) => [entry.rank, entry.nickname])).toEqual([
        [1, "Max"],
        [2, "Lea"],
      ]);

      await renamePlayer(db(), low.player.id, "Leonie");
      expect((await board(handle())).entries.map((entry) => entry.nickname)).toEqual(["Max", "Leonie"]);
      expect(
        (
          await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId: OVERALL_SET, period: "all" }, { playerId: low.player.id })
        ).me!.neighbours.map((entry) => entry.nickname),
      ).toContain("Leonie");
    } finally {
      await other.db.$disconnect();
    }
  });

  it("counts a quiz per 10 questions on the boards, keeps short and inhumanly fast quizzes off, and a class gets only what was played after joining", async () => {
    const setId = "all-allies";
    const setSize = bank.sets.find((set) => set.id === setId)!.questionIds.length;
    expect(setSize).toBeGreaterThan(20);
    const quiz = async (playerId: string, count: number, ms: number, groupId?: string) =>
      play(
        await createAttempt(db(), {
          playerId,
          setId,
          questionIds: allSingles.slice(0, count),
          scoring: "speed",
          ...(groupId ? { groupId } : {}),
        }),
        Array.from({ length: count }, () => true),
        ms,
      );

    const player = await newPlayer("Fair");
    const ten = await quiz(player.id, 10, 3_000);
    const twenty = await quiz(player.id, 20, 3_000);
    expect(twenty.score).toBeGreaterThan(ten.score * 1.5);
    const tenEntry = await attemptBoardEntry(db(), bank, ten);
    const twentyEntry = await attemptBoardEntry(db(), bank, twenty);
    expect(tenEntry).toEqual({ eligible: true, score: ten.score, accuracyScore: ten.accuracyScore });
    // Twice the questions at the same pace: about the same on the board (streak bonuses run longer), not twice.
    expect(twentyEntry.eligible && twentyEntry.score).toBeLessThan(ten.score * 1.2);

    expect(await attemptBoardEntry(db(), bank, await quiz(player.id, 3, 3_000))).toEqual({
      eligible: false,
      reason: "too_short",
      needed: 10,
    });
    // A script answering the moment each question arrives.
    expect(await attemptBoardEntry(db(), bank, await quiz(player.id, 10, 5))).toMatchObject({
      eligible: false,
      reason: "too_fast",
    });

    // Played, then joined a class: the score stays off the class's board; a quiz begun after joining lands there.
    const { group } = await createGroup(db(), { name: "10c", scoring: "speed" });
    const before = await quiz(player.id, 10, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await joinGroup(db(), group.id, player.id);
    const beforeEntry = await attemptBoardEntry(db(), bank, before);
    if (!beforeEntry.eligible) throw new Error("a 10-question quiz at a human pace goes on the boards");
    await postAttempt(database.handle, before, beforeEntry);
    expect((await getLeaderboard(db(), { scope: group.id, setId, period: "all" })).entries).toEqual([]);
    expect((await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId, period: "all" }, { playerId: player.id })).me).toMatchObject(
      {
        score: before.score,
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = await quiz(player.id, 10, 2_000);
    await postAttempt(database.handle, after);
    expect((await getLeaderboard(db(), { scope: group.id, setId, period: "all" })).entries).toEqual([
      expect.objectContaining({ nickname: "Fair", score: after.score }),
    ]);
  });

  it("puts group members on their group's board, with accuracy-only scores where the teacher chose them", async () => {
    const { group } = await createGroup(db(), { name: "9b", scoring: "accuracy" });
    const setId = `g-${provider}`;
    const member = await newPlayer("Mia");
    const outsider = await newPlayer("Olli");
    await joinGroup(db(), group.id, member.id);
    const slow = await play(
      await createAttempt(db(), {
        playerId: member.id,
        setId,
        questionIds: singles.slice(0, 2),
        scoring: "accuracy",
        groupId: group.id,
      }),
      [true, true],
      15_000,
    );
    await postAttempt(database.handle, slow);
    await postAttempt(
      database.handle,
      await play(
        await createAttempt(db(), { playerId: outsider.id, setId, questionIds: singles.slice(0, 2), scoring: "speed" }),
        [true, true],
      ),
    );
    const groupBoard = await getLeaderboard(db(), { scope: group.id, setId, period: "all" });
    expect(groupBoard.entries).toEqual([expect.objectContaining({ nickname: "Mia", score: 2000, rank: 1 })]);
    const global = await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId, period: "all" });
    expect(global.entries.find((entry) => entry.nickname === "Mia")!.score).toBe(slow.score);
    expect(slow.score).toBeLessThan(2000);
    expect((await attemptAnswers(db(), bank, slow.id)).map((answer) => answer.correct)).toEqual([true, true]);
  });
});
