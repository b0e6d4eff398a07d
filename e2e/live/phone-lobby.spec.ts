// A student's phone after joining: the game's name and how many are in, kept current as the class joins (and
// as the host removes someone), until the host starts.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { HostScreen, PlayerPhone, snapSizes } from "@/e2e/support/live";

test("the phone's lobby shows the set's title and how many are in, live", async ({ browser }) => {
  const host = await HostScreen.open(browser);
  await host.create({ set: "asia", questions: 2, seconds: 60 });
  const ada = await PlayerPhone.open(browser, "Ada");
  await ada.join(host.pin);
  await expect(ada.page.getByRole("heading", { name: "Asien", level: 1 })).toBeVisible();
  await expect(ada.page.getByTestId("lobby-count")).toHaveText("1 ist dabei");

  // Others join: Ada's phone counts them without a reload.
  const ben = await PlayerPhone.open(browser, "Ben");
  const cem = await PlayerPhone.open(browser, "Cem");
  await ben.join(host.pin);
  await cem.join(host.pin);
  await expect(ada.page.getByTestId("lobby-count")).toHaveText("3 sind dabei");
  await expect(cem.page.getByTestId("lobby-count")).toHaveText("3 sind dabei");
  await expectNoSeriousA11yViolations(ada.page);
  await snapSizes(ada.page, "phone-lobby");

  // The host removes Ben: one fewer.
  host.page.once("dialog", (dialog) => void dialog.accept());
  await host.page.getByRole("button", { name: "Ben entfernen" }).click();
  await expect(ada.page.getByTestId("lobby-count")).toHaveText("2 sind dabei");

  // A reload shows the same.
  await ada.page.reload();
  await expect(ada.page.getByTestId("lobby-count")).toHaveText("2 sind dabei");
  await expect(ada.page.getByRole("heading", { name: "Asien", level: 1 })).toBeVisible();
  await Promise.all([host.context, ada.context, ben.context, cem.context].map((context) => context.close()));
});
