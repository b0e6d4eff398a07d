// A script that reads everything a graded client receives before answering (the attempt's payloads) and
// everything anonymous pages ship (learn mode and flashcards, HTML and RSC payload) does no better than chance on
// a first attempt: no field names a key, no tag names the answer, and no question or option id maps onto learn
// data or onto another attempt, for every kind of question.
import { expect, test, type APIRequestContext } from "@playwright/test";

type TOption = { id: string; text: { de: string; en: string }; side?: string };
type TQuestion = { id: string; kind: string; prompt: unknown; options: TOption[]; unit?: unknown; difficulty: number };
type TAttempt = { id: string; index: number; total: number; finished: boolean; question: TQuestion | null };

const QUESTION_FIELDS = new Set(["id", "kind", "prompt", "options", "unit", "asOfLabel", "difficulty"]);
const OPTION_FIELDS = new Set(["id", "text", "side"]);
const KINDS = ["single", "multi", "truefalse", "numeric", "matching", "ordering", "map"];

/** A uniform guess of the right shape, and the chance that such a guess is right. */
function guess(question: TQuestion, random: () => number): { answer: unknown; chance: number } {
  const ids = question.options.map((option) => option.id);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  switch (question.kind) {
    case "single":
    case "truefalse":
      return { answer: pick(ids), chance: 1 / ids.length };
    case "multi": {
      // One of the non-empty subsets.
      const chosen = ids.filter(() => random() < 0.5);
      return { answer: chosen.length ? chosen : [pick(ids)], chance: 1 / (2 ** ids.length - 1) };
    }
    case "ordering": {
      const order = [...ids].sort(() => random() - 0.5);
      let permutations = 1;
      for (let n = 2; n <= ids.length; n++) permutations *= n;
      return { answer: order, chance: 1 / permutations };
    }
    case "matching": {
      const left = question.options.filter((option) => option.side === "left").map((option) => option.id);
      const right = question.options.filter((option) => option.side === "right").map((option) => option.id);
      const shuffled = [...right].sort(() => random() - 0.5);
      let permutations = 1;
      for (let n = 2; n <= left.length; n++) permutations *= n;
      return { answer: left.map((id, index) => [id, shuffled[index]!]), chance: 1 / permutations };
    }
    case "numeric":
      return { answer: Math.round(random() * 100), chance: 0.05 };
    default:
      // A map question: one of the world's countries.
      return { answer: pick(["DE", "FR", "PL", "BR", "CN", "IN", "KZ", "IR"]), chance: 1 / 8 };
  }
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every place an id could be found in: the text of anonymous pages. */
async function anonymousPages(request: APIRequestContext): Promise<string> {
  const pages = [
    "/learn",
    "/sets/all-allies/learn",
    "/sets/all-allies/flashcards",
    "/sets/asia/learn",
    "/sets/africa/flashcards",
  ];
  const bodies = await Promise.all(pages.map(async (page) => (await request.get(page)).text()));
  return bodies.join("\n");
}

test("a script that reads everything before answering does no better than chance, for every kind", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const learnText = await anonymousPages(anonymous);
  // The pages do carry their own cards: the check below would see an id shared with them.
  expect(learnText.length).toBeGreaterThan(10_000);

  const leaks: string[] = [];
  const kindsSeen = new Map<string, number>();
  let right = 0;
  let expected = 0;
  let variance = 0;
  const firstIds: Array<{ question: string; options: string[] }> = [];

  // Several players, each a first attempt at 24 questions (the answer rate limit allows 25 per 10 s); two start
  // with the same seed, so they are asked the same first question.
  const seeds = [11, 11, 23, 37, 41, 53, 67];
  await Promise.all(
    seeds.map(async (seed, player) => {
      const request = await playwright.request.newContext({ baseURL });
      const random = seededRandom(seed * 7 + player);
      const started = await request.post("/api/attempts", { data: { setId: "all-allies", count: 24, seed } });
      expect(started.status()).toBe(201);
      let body = (await started.json()) as Record<string, unknown>;
      let attempt = body.attempt as TAttempt;
      if (player < 2) firstIds[player] = { question: attempt.question!.id, options: attempt.question!.options.map((o) => o.id) };
      while (!attempt.finished && attempt.question) {
        const question = attempt.question;
        kindsSeen.set(question.kind, (kindsSeen.get(question.kind) ?? 0) + 1);
        const received = JSON.stringify(body.attempt);
        for (const field of Object.keys(question))
          if (!QUESTION_FIELDS.has(field)) leaks.push(`${question.kind}: field "${field}"`);
        for (const option of question.options) {
          for (const field of Object.keys(option))
            if (!OPTION_FIELDS.has(field)) leaks.push(`${question.kind}: option field "${field}"`);
        }
        if (/"(answer|solution|tags|countries|factIds|explanation)"\s*:/.test(received)) {
          leaks.push(`${question.kind}: a key-like field in the payload before answering`);
        }
        if (learnText.includes(question.id)) leaks.push(`${question.kind}: question id ${question.id} is on the learn pages`);
        for (const option of question.options) {
          if (option.id !== "true" && option.id !== "false" && learnText.includes(`"${option.id}"`)) {
            leaks.push(`${question.kind}: option id ${option.id} is on the learn pages`);
          }
        }
        const { answer, chance } = guess(question, random);
        expected += chance;
        variance += chance * (1 - chance);
        const response = await request.post(`/api/attempts/${attempt.id}/answers`, {
          data: { questionId: question.id, answer, timeMs: 100 },
        });
        expect(response.status(), await response.text()).toBe(201);
        const reply = (await response.json()) as Record<string, unknown>;
        if ((reply.feedback as { correct: boolean }).correct) right += 1;
        // The reply carries the feedback and whether a question follows, never the next question itself.
        if (JSON.stringify(reply.attempt).includes('"prompt"')) leaks.push(`${question.kind}: the next question in the reply`);
        if (!reply.hasNext) break;
        const shown = await request.post(`/api/attempts/${attempt.id}/next`, { data: {} });
        expect(shown.status(), await shown.text()).toBe(200);
        body = (await shown.json()) as Record<string, unknown>;
        attempt = body.attempt as TAttempt;
      }
      await request.dispose();
    }),
  );
  await anonymous.dispose();

  // Every kind was read, and nothing in what arrived before answering named or mapped a key.
  expect([...kindsSeen.keys()].sort()).toEqual([...KINDS].sort());
  expect(leaks).toEqual([]);
  // The same question in two attempts has other ids: nothing learnt from one attempt's feedback maps by id.
  expect(firstIds[0]!.question).not.toBe(firstIds[1]!.question);
  expect(firstIds[0]!.options.filter((id) => firstIds[1]!.options.includes(id) && !["true", "false"].includes(id))).toEqual([]);
  // Guessing uniformly, the script is right about as often as chance has it.
  expect(right).toBeLessThanOrEqual(Math.ceil(expected + 3 * Math.sqrt(variance) + 2));
});

test("learn and flashcard pages ship no solution; a card's back comes when it is answered or turned", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const pages = await anonymousPages(anonymous);
  // In the HTML and in the RSC payload (where quotes are escaped): no key, explanation, statement or source.
  expect(pages.match(/\\*"(answer|solution|explanation|statement|sources|quote)\\*"\s*:/g) ?? []).toEqual([]);

  // The fronts name their facts and questions; the back of one, with the solution of the question asked.
  const learn = await (await anonymous.get("/sets/asia/learn")).text();
  const card = /\\*"id\\*":\\*"([a-z]{2,3}\.[a-z0-9.-]+)\\*".*?\\*"questions\\*":\[\{\\*"id\\*":\\*"([a-z]{2}-[0-9a-f]{10})/.exec(
    learn,
  );
  const [factId, questionId] = [card?.[1], card?.[2]];
  expect(factId && questionId).toBeTruthy();
  const back = await anonymous.get(`/api/learn/facts/${factId}?question=${questionId}`);
  expect(back.status()).toBe(200);
  expect(await back.json()).toMatchObject({
    factId,
    statement: { de: expect.any(String) },
    sources: expect.any(Array),
    solution: { questionId, answer: expect.anything() },
  });
  // Bad input: a clear 4xx.
  const wrong = await anonymous.get(`/api/learn/facts/${factId}?question=nope`);
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error.message).toContain("question");
  expect((await anonymous.get("/api/learn/facts/xx.no.such-fact")).status()).toBe(404);
  await anonymous.dispose();
});
