// A teacher's devices: signing up and in through the classroom page, each device its own browser context.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const LAPTOP = { viewport: { width: 1366, height: 768 }, locale: "de-DE" } as const;
export const WALL = { viewport: { width: 1920, height: 1080 }, locale: "de-DE" } as const;

export async function newDevice(browser: Browser, options: object = LAPTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}

/** Creates the account on /classroom; returns the recovery code it showed once. */
export async function signUp(page: Page, teacher: { name: string; login: string; password: string }): Promise<string> {
  await page.goto("/classroom");
  await page.getByRole("tab", { name: "Konto anlegen" }).click();
  await page.getByLabel("Dein Name (so sehen ihn deine Klassen)").fill(teacher.name);
  await page.getByLabel("Benutzername oder E-Mail").fill(teacher.login);
  await page.getByLabel("Passwort", { exact: true }).fill(teacher.password);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  const code = await page.getByTestId("teacher-recovery-code").innerText();
  await page.getByRole("button", { name: "Notiert – weiter" }).click();
  await expect(page.getByText(`Angemeldet als ${teacher.name}`)).toBeVisible();
  return code;
}

export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto("/classroom");
  await page.getByLabel("Benutzername oder E-Mail").fill(login);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText(/^Angemeldet als /)).toBeVisible();
}

/** Creates a class on the dashboard; its page's address and join code. */
export async function createClassOnDashboard(page: Page, name: string): Promise<{ url: string; code: string }> {
  await page.goto("/classroom");
  await page.getByLabel("Name der Klasse").fill(name);
  await page.getByRole("button", { name: "Klasse anlegen" }).click();
  await page.waitForURL(/\/classroom\/classes\/[0-9a-f-]{36}$/);
  return { url: page.url(), code: (await page.getByTestId("class-join-code").innerText()).trim() };
}
