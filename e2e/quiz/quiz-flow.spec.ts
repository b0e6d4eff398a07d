// What a Quizlet or Kahoot user expects of a self-study quiz: the clock of a question starts when it is shown,
// the verdict stays in view on a phone, a daily quiz without repeats, and "Fehler üben".
import { expect, test } from "@playwright/test";
import { rightAnswerOf } from "@/e2e/support/answer-key";
import { answerAndGoOn, showNext, type TAnswerReply, type TApiAttempt } from "@/e2e/support/attempt-api";
import { QuizPage, startQuiz } from "@/e2e/support/quiz";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("with a 5 s timer, 6.5 s spent reading the feedback do not count: a right answer 1.5 s after the next question shows scores", async ({
  request,
}) => {
  const started = await request.post("/api/attempts", { data: { setId: "leaders", count: 3, timerSeconds: 5, seed: 2 } });
  expect(started.status()).toBe(201);
  const attempt = ((await started.json()) as { attempt: TApiAttempt }).attempt;
  const first = attempt.question!;
  await wait(1_000);
  const answered = await request.post(`/api/attempts/${attempt.id}/answers`, {
    data: { questionId: first.id, answer: rightAnswerOf(first as never), timeMs: 1_000 },
  });
  expect(answered.status()).toBe(201);
  const reply = (await answered.json()) as TAnswerReply;
  expect(reply).toMatchObject({ hasNext: true, feedback: { correct: true }, attempt: { pending: true, question: null } });
  // Nothing of the next question can be read before its clock starts.
  const read = (await (await request.get(`/api/attempts/${attempt.id}`)).json()) as { attempt: TApiAttempt };
  expect(read.attempt).toMatchObject({ index: 1, pending: true, question: null });

  await wait(6_500);
  const shown = await showNext(request, attempt.id);
  const second = shown.question!;
  await wait(1_500);
  // Asking again (a double click, a reload) gives the same question without restarting its clock.
  const again = (await showNext(request, attempt.id)) as TApiAttempt & { elapsedMs: number };
  expect(again.question!.id).toBe(second.id);
  expect(again.elapsedMs).toBeGreaterThanOrEqual(1_400);
  const scored = await request.post(`/api/attempts/${attempt.id}/answers`, {
    data: { questionId: second.id, answer: rightAnswerOf(second as never), timeMs: 1_500 },
  });
  expect(scored.status()).toBe(201);
  const feedback = ((await scored.json()) as TAnswerReply).feedback as TAnswerReply["feedback"] & { timeMs: number };
  expect(feedback.correct).toBe(true);
  expect(feedback.points).toBeGreaterThan(500);
  expect(feedback.timeMs).toBeLessThan(5_000);
});

test("the daily quiz asks ten different questions, a mix of kinds with at most three true/false", async ({ request }) => {
  const started = await request.post("/api/attempts", { data: { setId: "daily" } });
  expect(started.status()).toBe(201);
  let attempt = ((await started.json()) as { attempt: TApiAttempt }).attempt;
  const asked: Array<{ kind: string; prompt: string }> = [];
  while (attempt.question) {
    const question = attempt.question as TApiAttempt["question"] & { prompt: { de: string } };
    asked.push({ kind: question.kind, prompt: question.prompt.de });
    attempt = (await answerAndGoOn(request, attempt, { answer: rightAnswerOf(question as never), timeMs: 500 })).attempt;
  }
  expect(attempt.finished).toBe(true);
  expect(asked).toHaveLength(10);
  expect(new Set(asked.map((question) => question.prompt)).size).toBe(10);
  const kinds = asked.map((question) => question.kind);
  expect(kinds.filter((kind) => kind === "truefalse").length).toBeLessThanOrEqual(3);
  expect(new Set(kinds).size).toBeGreaterThanOrEqual(5);
});

test("Fehler üben: a new quiz of exactly the questions missed, which nobody else can start", async ({
  page,
  playwright,
  baseURL,
}) => {
  const quiz = await startQuiz(page, "africa", 4);
  await quiz.playToEnd(20);
  const attemptId = /\/results\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await expect(page.getByRole("heading", { level: 1, name: "Ergebnis: Afrika" })).toBeVisible();
  const missed = (await page.locator(".answer-review:not(.is-right) .review-prompt").allTextContents()).sort();
  expect(missed.length).toBeGreaterThan(0);

  const stranger = await playwright.request.newContext({ baseURL });
  const foreign = await stranger.post("/api/attempts", { data: { setId: "africa", retryOf: attemptId } });
  expect(foreign.status()).toBe(403);
  await stranger.dispose();

  await page.getByRole("link", { name: `Fehler üben (${missed.length})` }).click();
  const practice = new QuizPage(page);
  await practice.waitForQuestion();
  expect((await practice.position())[1]).toBe(missed.length);
  const asked: string[] = [];
  await practice.playToEnd(missed.length + 1, async () => {
    asked.push((await practice.prompt().textContent())!);
  });
  expect(asked.sort()).toEqual(missed);
});

test.describe("on a 390×844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the verdict is in view after a matching or a multiple-select answer", async ({ page }, testInfo) => {
    const checked = new Set<string>();
    // A quiz asks one question of each kind first: leaders has the matching questions, alliances multiple select.
    for (const [setId, wanted] of [
      ["leaders", "matching"],
      ["alliances", "multi"],
    ] as const) {
      const quiz = await startQuiz(page, setId, 3);
      for (let i = 0; i < 10 && !checked.has(wanted); i++) {
        const kind = await quiz.answerByKeyboard();
        if (kind === "matching" || kind === "multi") {
          await expect(page.locator(".feedback-title")).toBeInViewport();
          await expect(page.locator(".feedback-title")).toBeFocused();
          await testInfo.attach(`feedback-${kind}-phone`, { body: await page.screenshot(), contentType: "image/png" });
          checked.add(kind);
        }
        if (await quiz.next()) break;
      }
    }
    expect([...checked].sort()).toEqual(["matching", "multi"]);
  });
});
