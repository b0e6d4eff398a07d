// The classroom through its API, for specs that need a teacher with a class and students who have played: a
// teacher signs up (the browser context keeps the session cookie), creates a class and assignments for it; a
// student joins the class by its code and plays an assignment by PIN, right or wrong as the spec says.
import { expect, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { rightAnswerOf } from "@/e2e/support/answer-key";

/** A name no other test (nor a repeated run on the same server) has: nicknames and logins are unique. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 100)}`;
}

export async function signUpTeacher(request: APIRequestContext, name = "Frau Berger"): Promise<{ id: string }> {
  const response = await request.post("/api/teacher/sign-up", {
    data: { name, login: uniqueName("lehrkraft.").toLowerCase(), password: "ein-langes-passwort" },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { teacher: { id: string } }).teacher;
}

export async function createClass(request: APIRequestContext, name: string): Promise<{ id: string; joinCode: string }> {
  const response = await request.post("/api/groups", { data: { name, scoring: "accuracy" } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { group: { id: string; joinCode: string } }).group;
}

export async function createAssignment(
  request: APIRequestContext,
  input: { setId: string; groupId: string; questionCount: number },
): Promise<{ id: string; pin: string }> {
  const response = await request.post("/api/games", {
    data: {
      mode: "assignment",
      ...input,
      secondsPerQuestion: null,
      scoring: "accuracy",
      // The set's first questions, in order: every assignment of the spec asks the same ones.
      shuffle: false,
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { game: { id: string; pin: string } }).game;
}

type TShown = Parameters<typeof rightAnswerOf>[0] & { options: Array<{ id: string; text: { de: string } }> };

/** A student's phone, through the API only. */
export class ApiStudent {
  constructor(
    readonly context: BrowserContext,
    readonly nickname: string,
  ) {}

  static async joinClass(browser: Browser, code: string, nickname: string): Promise<ApiStudent> {
    const context = await browser.newContext({ locale: "de-DE" });
    const response = await context.request.post("/api/groups/join", { data: { code, nickname } });
    expect(response.status(), await response.text()).toBe(200);
    return new ApiStudent(context, nickname);
  }

  /** Plays the whole assignment: `wrong(index)` says which questions to get wrong (a single or true/false one). */
  async playAssignment(game: { id: string; pin: string }, wrong: (index: number) => boolean): Promise<void> {
    const { request } = this.context;
    const joined = await request.post("/api/games/join", { data: { pin: game.pin, nickname: this.nickname } });
    expect(joined.status(), await joined.text()).toBe(201);
    for (let index = 0; ; index++) {
      const next = await request.post(`/api/games/${game.id}/next`);
      expect(next.status(), await next.text()).toBe(200);
      const shown = ((await next.json()) as { assignment: { question: TShown } }).assignment.question;
      const right = rightAnswerOf(shown);
      const answer = wrong(index) ? wrongAnswer(shown, right) : right;
      // No time of its own: the server's clock measures it.
      const answered = await request.post(`/api/games/${game.id}/answers`, { data: { questionIndex: index, answer } });
      expect(answered.status(), await answered.text()).toBe(201);
      if (!((await answered.json()) as { hasNext: boolean }).hasNext) return;
    }
  }
}

function wrongAnswer(shown: TShown, right: unknown): unknown {
  if (shown.kind === "truefalse") return right === "true" ? "false" : "true";
  if (shown.kind === "single") return shown.options.find((option) => option.id !== right)!.id;
  throw new Error(`this helper answers only single choice and true/false questions wrong, not ${shown.kind}`);
}
