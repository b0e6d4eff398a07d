// Page objects for live games: the host on the projector (creates the game through /classroom) and a student's
// phone (joins by PIN, answers any kind of question through its touch-friendly controls).
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "de-DE" } as const;
export const PROJECTOR = { viewport: { width: 1280, height: 800 }, locale: "de-DE" } as const;

/**
 * Saves a screenshot when LIVE_SCREENSHOTS=1 (for looking at the pages): under test-results/live-shots, or
 * LIVE_SCREENSHOTS_DIR.
 */
export async function snap(page: Page, name: string): Promise<void> {
  if (process.env.LIVE_SCREENSHOTS === "1") {
    const dir = process.env.LIVE_SCREENSHOTS_DIR ?? "test-results/live-shots";
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  }
}

/** The sizes every live screen is looked at in: a phone, a laptop, a classroom projector. */
export const SCREEN_SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1366, height: 768 },
  { name: "projector", width: 1920, height: 1080 },
] as const;

/** With LIVE_SCREENSHOTS=1: the page at each of SCREEN_SIZES, then back at its own size. */
export async function snapSizes(page: Page, name: string): Promise<void> {
  if (process.env.LIVE_SCREENSHOTS !== "1") return;
  const own = page.viewportSize();
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    // Charts and maps measure their box after a resize.
    await page.waitForTimeout(300);
    await snap(page, `${name}-${size.name}`);
  }
  if (own) await page.setViewportSize(own);
}

export type TGameOptions = {
  mode?: "live" | "assignment";
  set?: string;
  questions: number;
  seconds?: number;
  scoring?: "speed" | "accuracy";
  shuffle?: boolean;
  timer?: boolean;
};

export class HostScreen {
  gameId = "";
  pin = "";

  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
  ) {}

  static async open(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<HostScreen> {
    const context = await browser.newContext({ ...PROJECTOR, ...options });
    return new HostScreen(await context.newPage(), context);
  }

  /** Creates a game through the teacher's form and waits for the host screen with its PIN. */
  async create(options: TGameOptions): Promise<void> {
    const { page } = this;
    await page.goto("/classroom");
    if (options.mode === "assignment") await page.getByLabel("Aufgabe mit Frist").check();
    if (options.set) await page.getByLabel("Fragensatz").selectOption(options.set);
    await page.getByLabel("Anzahl der Fragen").fill(String(options.questions));
    if (options.timer) await page.getByLabel("Zeitlimit pro Frage").selectOption("on");
    if (options.seconds) await page.getByLabel("Sekunden pro Frage (5 bis 120)").fill(String(options.seconds));
    if (options.scoring === "accuracy") await page.getByLabel("Nur Richtigkeit").check();
    if (options.shuffle === false) await page.getByLabel("Fragen mischen").uncheck();
    await page
      .getByRole("button", { name: options.mode === "assignment" ? "Aufgabe erstellen" : "Live-Spiel erstellen" })
      .click();
    await page.waitForURL(/\/host\/[0-9a-f-]{36}$/);
    this.gameId = page.url().split("/").pop()!;
    this.pin = (await page.getByTestId("game-pin").innerText()).replace(/\D/g, "");
    expect(this.pin).toMatch(/^\d{6}$/);
  }

  async expectPlayers(count: number): Promise<void> {
    await expect(this.page.getByRole("heading", { name: `${count} Mitspielende` })).toBeVisible();
  }

  async press(name: string | RegExp): Promise<void> {
    await this.page.getByRole("button", { name }).click();
  }

  async expectAnswered(answered: number, players: number): Promise<void> {
    await expect(this.page.getByTestId("answered-count")).toHaveText(`${answered} von ${players} haben geantwortet`);
  }

  async expectReveal(questionNumber: number): Promise<void> {
    await expect(this.page.getByRole("heading", { name: "So hat die Klasse geantwortet" })).toBeVisible();
    await expect(this.page.getByText(new RegExp(`^Frage ${questionNumber} von \\d+$`))).toBeVisible();
  }
}

export class PlayerPhone {
  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly nickname: string,
  ) {}

  static async open(browser: Browser, nickname: string): Promise<PlayerPhone> {
    const context = await browser.newContext(PHONE);
    return new PlayerPhone(await context.newPage(), context, nickname);
  }

  /** Joins as a scanned QR code would (the PIN in the link), or by typing the PIN on /join. */
  async join(pin: string, how: "qr" | "typed" = "qr"): Promise<void> {
    const { page } = this;
    if (how === "qr") {
      await page.goto(`/join?pin=${pin}`);
    } else {
      await page.goto("/join");
      await page.getByLabel("Spiel-PIN").fill(pin);
      await page.getByRole("button", { name: "Weiter" }).tap();
    }
    await page.getByLabel("Dein Spitzname").fill(this.nickname);
    await page.getByRole("button", { name: "Los geht's" }).tap();
    await page.waitForURL(/\/play\/[0-9a-f-]{36}$/);
  }

  async expectQuestion(questionNumber: number): Promise<void> {
    await expect(
      this.page.locator(".phone-question .phone-bar").getByText(new RegExp(`^Frage ${questionNumber} von`)),
    ).toBeVisible();
  }

  /** Answers whatever the question is, by touch, with its accessible controls: `choice` picks the nth option. */
  async answer(choice = 0): Promise<void> {
    const { page } = this;
    const section = page.locator(".phone-question[data-kind]");
    const kind = await section.getAttribute("data-kind");
    switch (kind) {
      case "single":
      case "truefalse": {
        // A true/false question has two options: the nth wraps round.
        const radios = page.getByRole("radio");
        return radios.nth(choice % (await radios.count())).tap();
      }
      case "multi":
        await section.locator("button[aria-pressed]").nth(choice).tap();
        break;
      case "numeric":
        await page.getByLabel("Deine Schätzung").fill(String(1000 * (choice + 1)));
        break;
      case "matching": {
        const selects = page.getByLabel(/^Zuordnung für /);
        const count = await selects.count();
        for (let i = 0; i < count; i++) await selects.nth(i).selectOption({ index: ((i + choice) % count) + 1 });
        break;
      }
      case "map":
        await page.getByLabel("Land auswählen").selectOption({ index: choice + 1 });
        break;
      case "ordering":
        if (choice > 0)
          await section
            .getByRole("button", { name: /nach unten$/ })
            .first()
            .tap();
        break;
      default:
        throw new Error(`unknown question kind ${kind}`);
    }
    await page.getByRole("button", { name: "Antwort senden" }).tap();
  }

  async expectReceived(): Promise<void> {
    await expect(this.page.getByText("Antwort erhalten – warte auf die anderen …")).toBeVisible();
  }

  /** The rank and score the phone shows after a question. */
  async result(): Promise<{ rank: number; of: number; score: number }> {
    const rank = await this.page.getByTestId("my-rank").innerText();
    const [, place, of] = /Platz (\d+) von (\d+)/.exec(rank)!;
    const score = /(\d+) Punkte$/.exec(await this.page.locator(".phone-top").innerText())![1]!;
    return { rank: Number(place), of: Number(of), score: Number(score) };
  }

  async final(): Promise<{ rank: number; of: number; score: number }> {
    await expect(this.page.getByText("Spiel vorbei!")).toBeVisible();
    const [, rank, of] = /Du bist auf Platz (\d+) von (\d+)\./.exec(await this.page.locator(".phone-rank").innerText())!;
    const score = /(\d+) Punkte$/.exec(await this.page.locator(".phone-top").innerText())![1]!;
    return { rank: Number(rank), of: Number(of), score: Number(score) };
  }
}
