// Page object for the self-study quiz: start a set, answer whatever question comes, by keyboard or by mouse.
import { expect, type Page } from "@playwright/test";
import { tabTo } from "./keyboard";

export type TKind = "single" | "multi" | "truefalse" | "numeric" | "matching" | "ordering" | "map";

const KIND_LABELS: Record<string, TKind> = {
  "EINE ANTWORT": "single",
  MEHRFACHAUSWAHL: "multi",
  "RICHTIG ODER FALSCH": "truefalse",
  SCHÄTZFRAGE: "numeric",
  ZUORDNEN: "matching",
  REIHENFOLGE: "ordering",
  KARTE: "map",
  "SINGLE CHOICE": "single",
  "MULTIPLE SELECT": "multi",
  "TRUE OR FALSE": "truefalse",
  ESTIMATE: "numeric",
  MATCHING: "matching",
  ORDERING: "ordering",
  MAP: "map",
};

/** How long a person takes at least to read a question before answering (lib/leaderboards/rules/board-score.ts). */
export const HUMAN_READING_MS = 500;

export class QuizPage {
  constructor(readonly page: Page) {}

  prompt() {
    return this.page.getByRole("heading", { level: 1 });
  }

  async kind(): Promise<TKind> {
    const label = (await this.page.locator(".question-kind").textContent())?.trim().toUpperCase() ?? "";
    const kind = KIND_LABELS[label];
    if (!kind) throw new Error(`unknown question kind label "${label}"`);
    return kind;
  }

  /** "Frage 3 von 9" → [3, 9] */
  async position(): Promise<[number, number]> {
    const text = await this.page
      .getByText(/^(Frage|Question) \d+ (von|of) \d+$/)
      .first()
      .textContent();
    const [, index, total] = /(\d+) \D+ (\d+)/.exec(text ?? "") ?? [];
    return [Number(index), Number(total)];
  }

  async waitForQuestion(): Promise<void> {
    await expect(this.page.locator(".question-kind")).toBeVisible();
  }

  feedback() {
    return this.page
      .getByRole("status")
      .filter({ hasText: /Richtig!|Leider falsch|Teilweise richtig|Correct!|Not quite|Partly right/ });
  }

  /** Answers the current question using the keyboard only; returns its kind. */
  async answerByKeyboard(): Promise<TKind> {
    await this.waitForQuestion();
    const kind = await this.kind();
    const confirm = (element: { tag: string; text: string }) =>
      element.tag === "button" && /Antwort prüfen|Check answer/.test(element.text);
    switch (kind) {
      case "single":
      case "truefalse":
        await this.page.keyboard.press("1");
        await this.page.keyboard.press("Enter");
        break;
      case "multi":
        await this.page.keyboard.press("1");
        await this.page.keyboard.press("2");
        await this.page.keyboard.press("Enter");
        break;
      case "numeric":
        if (
          !(await this.page.getByLabel(/Deine Schätzung|Your estimate/).evaluate((input) => input === document.activeElement))
        ) {
          await tabTo(this.page, (element) => element.tag === "input" && element.type === "number");
        }
        await this.page.keyboard.type("1000");
        await this.page.keyboard.press("Enter");
        break;
      case "ordering":
        // Move the second item up with its ↑ button, then confirm.
        await tabTo(
          this.page,
          (element) => element.tag === "button" && /nach oben|up/i.test(element.label) && !element.label.startsWith("undefined"),
        );
        await this.page.keyboard.press("Enter");
        await tabTo(this.page, confirm);
        await this.page.keyboard.press("Enter");
        break;
      case "matching": {
        const rows = await this.page.locator(".match-row select").count();
        for (let row = 0; row < rows; row++) {
          await tabTo(this.page, (element) => element.tag === "select" && /Zuordnung für|Match for/.test(element.label));
          for (let step = 0; step <= row; step++) await this.page.keyboard.press("ArrowDown");
        }
        await tabTo(this.page, confirm);
        await this.page.keyboard.press("Enter");
        break;
      }
      case "map":
        await tabTo(this.page, (element) => element.tag === "select" && /Land auswählen|Choose a country/.test(element.label));
        await this.page.keyboard.press("ArrowDown");
        await this.page.keyboard.press("ArrowDown");
        await tabTo(this.page, confirm);
        await this.page.keyboard.press("Enter");
        break;
    }
    await expect(this.feedback()).toBeVisible();
    return kind;
  }

  /** After the feedback: Enter goes on. Returns true when that led to the results. */
  async next(): Promise<boolean> {
    const button = this.page.getByRole("button", { name: /Nächste Frage|Zum Ergebnis|Next question|See results/ });
    const last = /Ergebnis|results/.test((await button.textContent()) ?? "");
    await this.page.keyboard.press("Enter");
    if (last) await this.page.waitForURL(/\/results\//);
    else await expect(button).toBeHidden();
    return last;
  }

  /** Plays to the end by keyboard; returns the kinds met. */
  /**
   * Answers every question by keyboard. A quiz for the boards must be played at a person's pace (three answers
   * under 0.4 s keep it off them), so `humanPace` reads each question for half a second first.
   */
  async playToEnd(limit = 200, onQuestion?: (index: number) => Promise<void>, humanPace = false): Promise<TKind[]> {
    const kinds: TKind[] = [];
    for (let i = 0; i < limit; i++) {
      await onQuestion?.(i);
      if (humanPace) await this.page.waitForTimeout(HUMAN_READING_MS);
      kinds.push(await this.answerByKeyboard());
      if (await this.next()) return kinds;
    }
    throw new Error("the quiz did not end");
  }
}

/** Opens a set's quiz with a fixed question order. */
export async function startQuiz(page: Page, setId: string, seed = 1): Promise<QuizPage> {
  await page.goto(`/sets/${setId}/quiz?new=1&seed=${seed}`);
  const quiz = new QuizPage(page);
  await quiz.waitForQuestion();
  return quiz;
}
