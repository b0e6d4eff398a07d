import { expect, test, type APIRequestContext } from "@playwright/test";
import { startQuiz } from "@/e2e/support/quiz";
import { answerAndGoOn, type TApiAttempt } from "@/e2e/support/attempt-api";

type TState = { attempt: TApiAttempt };

async function startAttempt(request: APIRequestContext, count = 3): Promise<TState["attempt"]> {
  const response = await request.post("/api/attempts", { data: { setId: "africa", count, seed: 4 } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as TState).attempt;
}

/** Some answer of the right shape for the question on screen. */
function anAnswer(question: NonNullable<TState["attempt"]["question"]>): unknown {
  if (question.kind === "map") return "BF";
  if (question.kind === "multi") return [question.options[0]!.id];
  if (question.kind === "numeric") return 5;
  return question.options[0]!.id;
}

test.describe("requests a client can craft do not change a score except by answering", () => {
  test("changed points, an impossible time or extra fields are refused with a 4xx and a JSON error", async ({ request }) => {
    const attempt = await startAttempt(request);
    const question = attempt.question!;
    expect(JSON.stringify(attempt)).not.toMatch(/"answer"|"solution"|"explanation"/);

    const withPoints = await request.post(`/api/attempts/${attempt.id}/answers`, {
      data: { questionId: question.id, answer: anAnswer(question), timeMs: 100, points: 1000 },
    });
    expect(withPoints.status()).toBe(400);
    expect(await withPoints.json()).toMatchObject({
      error: { code: "invalid_input", fields: [expect.objectContaining({ message: expect.stringMatching(/points/) })] },
    });

    const impossible = await request.post(`/api/attempts/${attempt.id}/answers`, {
      data: { questionId: question.id, answer: anAnswer(question), timeMs: 3_000_000 },
    });
    expect(impossible.status()).toBe(422);
    expect(await impossible.json()).toMatchObject({ error: { code: "impossible_time", fields: [{ field: "timeMs" }] } });

    const negative = await request.post(`/api/attempts/${attempt.id}/answers`, {
      data: { questionId: question.id, answer: anAnswer(question), timeMs: -5 },
    });
    expect(negative.status()).toBe(400);

    const foreign = await request.post(`/api/attempts/${attempt.id}/answers`, {
      data: { questionId: "sc-0000000000", answer: "x", timeMs: 10 },
    });
    expect(foreign.status()).toBe(422);
    expect(await foreign.json()).toMatchObject({ error: { code: "question_not_in_attempt" } });

    const state = (await (await request.get(`/api/attempts/${attempt.id}`)).json()) as TState;
    expect(state.attempt).toMatchObject({ score: 0, index: 0 });
  });

  test("a replayed answer counts once", async ({ request }) => {
    const attempt = await startAttempt(request);
    const question = attempt.question!;
    const body = { questionId: question.id, answer: anAnswer(question), timeMs: 50 };
    const first = await request.post(`/api/attempts/${attempt.id}/answers`, { data: body });
    expect(first.status()).toBe(201);
    const scored = (await first.json()) as { feedback: { points: number }; attempt: { score: number } };
    for (let i = 0; i < 3; i++) {
      const again = await request.post(`/api/attempts/${attempt.id}/answers`, { data: body });
      expect(again.status()).toBe(200);
      expect(await again.json()).toMatchObject({
        duplicate: true,
        feedback: { points: scored.feedback.points },
        attempt: { score: scored.attempt.score },
      });
    }
    const state = (await (await request.get(`/api/attempts/${attempt.id}`)).json()) as TState;
    expect(state.attempt.score).toBe(scored.attempt.score);
    expect(state.attempt.index).toBe(1);
  });

  test("another player's attempt cannot be read, answered or posted", async ({ request, playwright, baseURL }) => {
    const attempt = await startAttempt(request, 1);
    const stranger = await playwright.request.newContext({ baseURL });
    try {
      expect((await stranger.get(`/api/attempts/${attempt.id}`)).status()).toBe(403);
      const answer = await stranger.post(`/api/attempts/${attempt.id}/answers`, {
        data: { questionId: attempt.question!.id, answer: anAnswer(attempt.question!), timeMs: 10 },
      });
      expect(answer.status()).toBe(403);
      expect(await answer.json()).toMatchObject({ error: { code: "not_your_attempt" } });
      expect((await stranger.post(`/api/attempts/${attempt.id}/post`, { data: { nickname: "Mallory" } })).status()).toBe(403);
    } finally {
      await stranger.dispose();
    }
  });

  test("posting takes the server's score: a score in the body is refused; unfinished, too short or scripted quizzes are not posted", async ({
    request,
  }) => {
    /** Answers every question, `pauseMs` after each arrived (a script's 0, or a person's reading time). */
    const finish = async (attempt: TState["attempt"], pauseMs: number) => {
      let current = attempt;
      while (current.question) {
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        const data = { answer: anAnswer(current.question), timeMs: Math.max(10, pauseMs) };
        current = (await answerAndGoOn(request, current, data)).attempt;
      }
    };
    // One question is practice, not a board entry; nor is a quiz answered faster than anyone reads.
    const short = await startAttempt(request, 1);
    const early = await request.post(`/api/attempts/${short.id}/post`, { data: { nickname: "Eve" } });
    expect(early.status()).toBe(409);
    await finish(short, 0);
    const tooShort = await request.post(`/api/attempts/${short.id}/post`, { data: { nickname: "Eve" } });
    expect(tooShort.status()).toBe(409);
    expect(await tooShort.json()).toMatchObject({ error: { code: "too_short_for_boards", message: /Fragen/ } });
    const scripted = await startAttempt(request, 10);
    await finish(scripted, 0);
    const tooFast = await request.post(`/api/attempts/${scripted.id}/post`, { data: { nickname: "Eve" } });
    expect(tooFast.status()).toBe(409);
    expect(await tooFast.json()).toMatchObject({ error: { code: "too_fast_for_boards" } });

    const attempt = await startAttempt(request, 10);
    await finish(attempt, 450);
    const forged = await request.post(`/api/attempts/${attempt.id}/post`, { data: { nickname: "Eve", score: 999_999 } });
    expect(forged.status()).toBe(400);
    const offensive = await request.post(`/api/attempts/${attempt.id}/post`, { data: { nickname: "Arschloch" } });
    expect(offensive.status()).toBe(422);
    expect(await offensive.json()).toMatchObject({ error: { code: "nickname_offensive", fields: [{ field: "nickname" }] } });
    const posted = await request.post(`/api/attempts/${attempt.id}/post`, { data: { nickname: "Eve Honest" } });
    expect(posted.status()).toBe(200);
    const result = (await posted.json()) as { posted: boolean; score: number };
    expect(result.posted).toBe(true);
    const twice = await request.post(`/api/attempts/${attempt.id}/post`, { data: { nickname: "Eve Honest" } });
    expect(await twice.json()).toMatchObject({ posted: false, alreadyPosted: true, score: result.score });
  });

  test("bad requests get clear errors: unknown ids, broken JSON, wrong type, oversize bodies, too many answers", async ({
    request,
  }) => {
    expect((await request.get("/api/attempts/00000000-0000-0000-0000-000000000000")).status()).toBe(404);
    expect((await request.post("/api/attempts", { data: { setId: "atlantis" } })).status()).toBe(404);
    const broken = await request.post("/api/attempts", {
      headers: { "Content-Type": "application/json" },
      data: Buffer.from("{ not json"),
    });
    expect(broken.status()).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: "invalid_json" } });
    const text = await request.post("/api/attempts", { headers: { "Content-Type": "text/plain" }, data: "setId=africa" });
    expect(text.status()).toBe(415);
    const huge = await request.post("/api/attempts", { data: { setId: "africa", padding: "x".repeat(20_000) } });
    expect(huge.status()).toBe(413);
    const badCount = await request.post("/api/attempts", { data: { setId: "africa", count: 0 } });
    expect(badCount.status()).toBe(400);
    expect(await badCount.json()).toMatchObject({ error: { fields: [{ field: "count" }] } });

    const attempt = await startAttempt(request, 1);
    const body = { questionId: attempt.question!.id, answer: anAnswer(attempt.question!), timeMs: 10 };
    // Sent at once, so that they all fall into one rate-limit window however busy the machine is.
    const statuses = await Promise.all(
      Array.from({ length: 40 }, async () =>
        (await request.post(`/api/attempts/${attempt.id}/answers`, { data: body })).status(),
      ),
    );
    expect(statuses).toContain(429);
    const limited = await request.post(`/api/attempts/${attempt.id}/answers`, { data: body });
    if (limited.status() === 429) expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

test("the answer key never reaches the browser before a question is answered", async ({ page }) => {
  const seen: Array<{ url: string; body: string; at: number }> = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/json|html|text\/x-component/.test(type)) return;
    seen.push({ url: response.url(), body: await response.text().catch(() => ""), at: Date.now() });
  });
  const answeredAt = new Map<string, number>();
  page.on("request", (request) => {
    const match = /\/api\/attempts\/[^/]+\/answers$/.exec(request.url());
    if (match && request.method() === "POST")
      answeredAt.set((JSON.parse(request.postData() ?? "{}") as { questionId: string }).questionId, Date.now());
  });
  const quiz = await startQuiz(page, "asia", 9);
  await quiz.playToEnd(15);

  // Every question that was served; every response before its answer was sent must not carry its key.
  const leaks: string[] = [];
  let keysSeen = 0;
  for (const { url, body, at } of seen) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // HTML and RSC payloads: the quiz page carries no questions at all.
      if (/"answer"\s*:|"solution"\s*:/.test(body) && !url.includes("/results")) leaks.push(`${url}: answer key in page payload`);
      continue;
    }
    const visit = (value: unknown) => {
      if (!value || typeof value !== "object") return;
      const record = value as Record<string, unknown>;
      const id =
        typeof record.id === "string" ? record.id : typeof record.questionId === "string" ? record.questionId : undefined;
      // Any object that names an id and carries a key counts, whatever the ids look like.
      if (id && ("answer" in record || "solution" in record || "explanation" in record)) {
        keysSeen += 1;
        const answered = answeredAt.get(id);
        if (answered === undefined || answered > at) leaks.push(`${url}: key of ${id} before it was answered`);
      }
      for (const child of Object.values(record)) visit(child);
    };
    visit(json);
  }
  expect(answeredAt.size).toBeGreaterThan(5);
  // The feedback of every answer carries its key: the check above saw them, so it would see a leak too.
  expect(keysSeen).toBeGreaterThanOrEqual(answeredAt.size);
  expect(leaks).toEqual([]);
});
