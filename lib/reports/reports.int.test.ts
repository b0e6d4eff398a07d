// Reports and retirements against real databases: reports by public and sealed ids, merged repeats, and what a
// retirement does to new attempts, learn cards, running attempts and the boards' totals (both providers); then
// over real HTTP against the production app: bad input, the rate limit, the sealed quiz flow and the review's
// sign-in, with and without a configured secret.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import type { TStoredQuestion } from "@/questions/types";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { ensureBuild, startAppServer, type TAppServer } from "@/lib/platform/testing/app-server";
import { createAttempt } from "@/lib/attempts/queries/attempts";
import { attemptSeal } from "@/lib/attempts/use-cases/attempt-seal";
import { postAttempt } from "@/lib/attempts/use-cases/post-attempt";
import { startAttempt } from "@/lib/attempts/use-cases/start-attempt";
import { submitAnswer } from "@/lib/attempts/use-cases/submit-answer";
import { showCurrentQuestion } from "@/lib/attempts/use-cases/answer-attempt";
import { sealedQuestionId } from "@/lib/answering/rules/seal";
import { getLeaderboard } from "@/lib/leaderboards/use-cases/get-leaderboard";
import { GLOBAL_SCOPE, OVERALL_SET } from "@/lib/leaderboards/types";
import { buildLearnFacts } from "@/lib/learn/rules/fact-deck";
import { createPlayer } from "@/lib/players/queries/players";
import { ZReportInput } from "@/lib/reports/schemas";
import { createReport } from "@/lib/reports/use-cases/create-report";
import { applyReviewAction, fetchReviewQueue } from "@/lib/reports/use-cases/review";
import { loadQuestionBankIntoDb, readQuestionBank } from "@/lib/sets/queries/question-bank";
import type { TEventBus } from "@/lib/platform/realtime/bus";

const built = buildQuestionBank().bank!;
const economy = built.sets.find((set) => set.id === "economy")!;
const singles = economy.questionIds.filter((id) => built.questionsById.get(id)!.kind === "single");
const [first, second, third] = singles as [string, string, string];
const right = (question: TStoredQuestion) => question.answer as string;

// Retiring tells other instances through the event bus; these tests have one process and no bus to speak of.
const quietBus: TEventBus = { publish: async () => undefined, subscribe: () => () => undefined, close: async () => undefined };
(globalThis as { __quizBus?: TEventBus }).__quizBus = quietBus;

describe.each(TEST_PROVIDERS)("reports and retirements on %s", (provider) => {
  let database: TMigratedTestDatabase;
  const db = () => database.handle.db;
  const address = "203.0.113.7";

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadQuestionBankIntoDb(database.handle, built);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("stores a report by public id and merges a repeat of the same reporter", async () => {
    const report = { mode: "learn" as const, questionId: third, reason: "outdated" as const };
    expect(await createReport(db(), report, { address })).toEqual({ ok: true, merged: false });
    expect(await createReport(db(), { ...report, comment: "Stand 2024" }, { address })).toEqual({ ok: true, merged: true });
    // Another reporter is another report.
    expect(await createReport(db(), report, { address: "203.0.113.8" })).toEqual({ ok: true, merged: false });
    const rows = await db().questionReport.findMany({ where: { questionId: third }, orderBy: { count: "desc" } });
    expect(rows.map((row) => [row.count, row.comment])).toEqual([
      [2, "Stand 2024"],
      [1, null],
    ]);
    expect(await createReport(db(), { ...report, questionId: "mc-0000000000" }, { address })).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("reads a quiz's sealed id back to the question, for the attempt's own player only", async () => {
    const { player } = await createPlayer(db());
    const { player: other } = await createPlayer(db());
    const attempt = await createAttempt(db(), {
      playerId: player.id,
      setId: "economy",
      questionIds: [first, second],
      scoring: "speed",
    });
    const sealed = sealedQuestionId(await attemptSeal(db(), attempt.id), second);
    const input = { mode: "quiz" as const, questionId: sealed, attemptId: attempt.id, reason: "two-answers" as const };
    expect(await createReport(db(), input, { playerId: player.id, address })).toEqual({ ok: true, merged: false });
    expect(await createReport(db(), input, { playerId: player.id, address })).toEqual({ ok: true, merged: true });
    expect(await createReport(db(), input, { playerId: other.id, address })).toMatchObject({ ok: false, status: 403 });
    // A sealed id of another attempt names nothing here.
    const elsewhere = sealedQuestionId(await attemptSeal(db(), crypto.randomUUID()), second);
    expect(await createReport(db(), { ...input, questionId: elsewhere }, { playerId: player.id, address })).toMatchObject({
      ok: false,
      status: 404,
      code: "question_not_found",
    });
    const stored = await db().questionReport.findMany({ where: { reporterKey: `player:${player.id}` } });
    expect(stored.map((row) => [row.questionId, row.count, row.mode])).toEqual([[second, 2, "quiz"]]);
  });

  it("refuses bad input with a message that says what to fix", () => {
    const refused = (input: unknown) => {
      const parsed = ZReportInput.safeParse(input);
      return parsed.success
        ? "accepted"
        : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    };
    expect(refused({ mode: "learn", questionId: first, reason: "boring" })).toMatch(/^reason: expected one of: wrong-answer/);
    expect(refused({ mode: "learn", questionId: first, reason: "other", comment: "x".repeat(501) })).toMatch(/at most 500/);
    expect(refused({ mode: "learn", questionId: first, reason: "other", extra: 1 })).toMatch(/extra/);
    // A graded mode takes only sealed ids: a real id there is refused before anything is looked up.
    expect(refused({ mode: "quiz", questionId: first, attemptId: crypto.randomUUID(), reason: "other" })).toMatch(
      /^questionId: expected the question's id as the quiz or game gave it/,
    );
    expect(refused({ mode: "radio", questionId: first, reason: "other" })).toMatch(/expected mode/);
  });

  it("retires a question: gone from new attempts and learn cards, still graded in a running attempt, off the board totals", async () => {
    const bank = await readQuestionBank(database.handle);
    const { player } = await createPlayer(db());
    // A finished, posted attempt with two right answers …
    let attempt = await createAttempt(db(), {
      playerId: player.id,
      setId: "economy",
      questionIds: [first, second],
      scoring: "speed",
    });
    for (const id of [first, second]) {
      const result = await submitAnswer(
        database.handle,
        bank,
        { attempt, questionId: id, answer: right(bank.questions.get(id)!), clientTimeMs: 1000 },
        new Date(attempt.servedAt!.getTime() + 1000),
      );
      if (!result.ok) throw new Error(result.message);
      attempt = result.attempt;
      if (!attempt.finishedAt) {
        // The next question's clock starts when it is shown.
        const shown = await showCurrentQuestion(database.handle, { attemptId: attempt.id, playerId: player.id });
        if (!shown.ok) throw new Error(shown.message);
        attempt = shown.attempt;
      }
    }
    await postAttempt(database.handle, attempt);
    const firstPoints = (await db().attemptAnswer.findUnique({
      where: { attemptId_questionId: { attemptId: attempt.id, questionId: first } },
    }))!;
    const total = async (setId: string) =>
      (await getLeaderboard(db(), { scope: GLOBAL_SCOPE, setId, period: "all" }, { playerId: player.id })).me?.score;
    expect(await total("economy")).toBe(attempt.score);
    // … and a running one whose next question is about to be retired.
    const running = await createAttempt(db(), {
      playerId: player.id,
      setId: "economy",
      questionIds: [first, second],
      scoring: "speed",
    });

    await createReport(db(), { mode: "learn", questionId: first, reason: "wrong-answer" }, { address });
    expect((await fetchReviewQueue(database.handle)).open.map((item) => item.questionId)).toContain(first);
    expect(await applyReviewAction(database.handle, first, { action: "retire", reason: "Schlüssel falsch" })).toMatchObject({
      ok: true,
      changed: true,
      boardsRebuiltFor: 1,
    });
    const retirement = await db().questionRetirement.findUnique({ where: { questionId: first } });
    expect(retirement).toMatchObject({ reason: "Schlüssel falsch" });
    expect(JSON.parse(retirement!.reportIds)).toHaveLength(1);

    const after = await readQuestionBank(database.handle);
    expect(after.questions.has(first)).toBe(false);
    expect(after.retired.has(first)).toBe(true);
    const started = await startAttempt(db(), after, player.id, { setId: "economy" });
    if (!started.ok) throw new Error(started.message);
    const served = JSON.parse(started.attempt.questionIds) as string[];
    expect(served).not.toContain(first);
    expect(served).toHaveLength(economy.questionIds.length - 1);
    const cards = buildLearnFacts(after.questions.values(), { seed: "2026-11-30" });
    expect(cards.flatMap((card) => card.questions.map((each) => each.question.id))).not.toContain(first);

    // The running attempt still grades its retired question.
    const graded = await submitAnswer(
      database.handle,
      after,
      { attempt: running, questionId: first, answer: right(after.retired.get(first)!), clientTimeMs: 500 },
      new Date(running.servedAt!.getTime() + 500),
    );
    expect(graded).toMatchObject({ ok: true, feedback: { correct: true } });

    // The board totals no longer count the points earned on it; restoring gives them back.
    const without = attempt.score - firstPoints.points - firstPoints.bonus;
    expect(await total("economy")).toBe(without);
    expect(await total(OVERALL_SET)).toBe(without);
    expect(await applyReviewAction(database.handle, first, { action: "restore" })).toMatchObject({ ok: true, changed: true });
    expect(await total("economy")).toBe(attempt.score);
    expect((await readQuestionBank(database.handle)).questions.has(first)).toBe(true);
  });

  it("dismisses open reports and leaves the question in play", async () => {
    await createReport(db(), { mode: "flashcards", questionId: second, reason: "unclear" }, { address: "198.51.100.1" });
    expect(await applyReviewAction(database.handle, second, { action: "dismiss" })).toMatchObject({ ok: true, changed: true });
    const queue = await fetchReviewQueue(database.handle);
    expect(queue.open.map((item) => item.questionId)).not.toContain(second);
    expect((await readQuestionBank(database.handle)).questions.has(second)).toBe(true);
  });
});

describe("reports and review over HTTP", () => {
  const SECRET = "integration-review-secret-123";
  let dir: string;
  let server: TAppServer;
  let off: TAppServer;

  beforeAll(async () => {
    await ensureBuild();
    dir = mkdtempSync(path.join(os.tmpdir(), "quiz-reports-"));
    [server, off] = await Promise.all([
      startAppServer(`file:${path.join(dir, "on.db")}`, { ADMIN_SECRET: SECRET }),
      startAppServer(`file:${path.join(dir, "off.db")}`, { ADMIN_SECRET: "" }),
    ]);
  }, 600_000);
  afterAll(async () => {
    await Promise.all([server?.stop(), off?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const post = (base: string, url: string, body: unknown, cookie?: string) =>
    fetch(`${base}${url}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const cookieOf = (response: Response) => response.headers.get("set-cookie")!.split(";")[0]!;

  it("answers bad input with a 4xx that says what to fix", async () => {
    const cases: Array<[unknown, number, RegExp]> = [
      ["{not json", 400, /not valid JSON/],
      [{ mode: "learn", questionId: first }, 400, /reason/],
      [{ mode: "learn", questionId: first, reason: "other", comment: "x".repeat(501) }, 400, /at most 500/],
      [{ mode: "quiz", questionId: first, attemptId: crypto.randomUUID(), reason: "other" }, 400, /questionId/],
      [{ mode: "quiz", questionId: "qAAAAAAAAAAAA", attemptId: crypto.randomUUID(), reason: "other" }, 404, /attempt/],
      [{ mode: "live", questionId: "qAAAAAAAAAAAA", gameId: crypto.randomUUID(), reason: "other" }, 404, /game/],
    ];
    for (const [body, status, message] of cases) {
      const response = await post(server.url, "/api/reports", body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
  });

  it("takes a quiz's sealed id, answers without naming the question, and rate-limits a player", async () => {
    const started = await post(server.url, "/api/attempts", { setId: "economy", count: 3 });
    expect(started.status).toBe(201);
    const cookie = cookieOf(started);
    const { attempt } = (await started.json()) as { attempt: { id: string; question: { id: string } } };
    const report = { mode: "quiz", questionId: attempt.question.id, attemptId: attempt.id, reason: "two-answers" };
    const sent = await post(server.url, "/api/reports", report, cookie);
    expect(sent.status).toBe(201);
    expect(await sent.json()).toEqual({ status: "received", merged: false });
    const again = await post(server.url, "/api/reports", report, cookie);
    expect(await again.json()).toEqual({ status: "received", merged: true });
    // Ten reports per player in ten minutes; the third repeat here is the tenth, the eleventh is refused.
    for (let count = 3; count <= 10; count++) expect((await post(server.url, "/api/reports", report, cookie)).status).toBe(200);
    const limited = await post(server.url, "/api/reports", report, cookie);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("opens the review only with the secret, refuses guesses beyond the limit, and is off without a secret", async () => {
    expect((await fetch(`${server.url}/api/review`)).status).toBe(401);
    const wrong = await post(server.url, "/api/review/session", { secret: "integration-review-secret-124" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    const forged = `quiz_review=${Date.now() + 3_600_000}.AAAA`;
    expect((await fetch(`${server.url}/api/review`, { headers: { Cookie: forged } })).status).toBe(401);

    const signedIn = await post(server.url, "/api/review/session", { secret: SECRET });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("set-cookie")).toMatch(/^quiz_review=.*HttpOnly; SameSite=Strict/);
    const queue = await fetch(`${server.url}/api/review`, { headers: { Cookie: cookieOf(signedIn) } });
    expect(queue.status).toBe(200);
    const { open } = (await queue.json()) as { open: Array<{ questionId: string; reports: unknown[] }> };
    // The sealed report of the test before, read back to a real question id.
    expect(open).toHaveLength(1);
    expect(open[0]!.questionId).toMatch(/^[a-z]{2}-[0-9a-f]{10}$/);
    expect(economy.questionIds).toContain(open[0]!.questionId);

    // Ten wrong guesses per address in ten minutes (one made above); then even the right secret waits.
    for (let guess = 2; guess <= 10; guess++) await post(server.url, "/api/review/session", { secret: `guess-${guess}` });
    expect((await post(server.url, "/api/review/session", { secret: SECRET })).status).toBe(429);

    const disabled = await post(off.url, "/api/review/session", { secret: SECRET });
    expect(disabled.status).toBe(404);
    expect(((await disabled.json()) as { error: { message: string } }).error.message).toMatch(/set ADMIN_SECRET/);
    expect(await (await fetch(`${off.url}/review`)).text()).toContain("Die Prüfseite ist ausgeschaltet");
  });
});
