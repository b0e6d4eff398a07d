// A teacher's day, on their own devices and without copying a key: sign up on the laptop, create a class, the
// students join it on their phones, a live game for the class is started on the laptop and handed to the
// projector PC by a one-time code, played to the podium on the wall (the laptop's host screen in step), and the
// report opened on another device signed in to the account; after a second game (homework), the class's report
// shows the facts it missed most, and one click sets an assignment to practise them.
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "@/e2e/support/a11y";
import { PHONE, PlayerPhone } from "@/e2e/support/live";
import { LAPTOP, newDevice, signIn, signUp, WALL } from "@/e2e/support/teacher";

const shot = (page: import("@playwright/test").Page, name: string) =>
  process.env.LIVE_SCREENSHOTS === "1"
    ? page.screenshot({ path: `test-results/live-shots/${name}.png`, fullPage: true })
    : undefined;

test("a teacher signs up, creates a class, students join, the game goes to the projector by code, and the report opens on another device", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const teacher = { name: "Frau Berger", login: `berger.${Date.now() % 100000}`, password: "klassenzimmer-2026" };
  const laptop = await newDevice(browser, LAPTOP);
  const recoveryCode = await signUp(laptop.page, teacher);
  expect(recoveryCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await expectNoSeriousA11yViolations(laptop.page);

  // A class: created on the dashboard, its join code on its own page.
  await laptop.page.getByLabel("Name der Klasse").fill("8b Geschichte");
  await laptop.page.getByRole("button", { name: "Klasse anlegen" }).click();
  await laptop.page.waitForURL(/\/classroom\/classes\/[0-9a-f-]{36}$/);
  const classId = laptop.page.url().split("/").pop()!;
  const joinCode = (await laptop.page.getByTestId("class-join-code").innerText()).trim();
  expect(joinCode).toMatch(/^[A-Z0-9]{4,}/);

  // Two students join the class on their phones with the code.
  const students: PlayerPhone[] = [];
  for (const nickname of ["Mira", "Jonas"]) {
    const phone = await PlayerPhone.open(browser, nickname);
    await phone.page.goto("/groups");
    await phone.page.getByLabel("Beitrittscode").fill(joinCode);
    await phone.page.getByLabel("Dein Spitzname").fill(nickname);
    await phone.page.getByRole("button", { name: "Klasse beitreten" }).tap();
    await expect(phone.page.getByText(/8b Geschichte/).first()).toBeVisible();
    students.push(phone);
  }
  // A third tries to pose as Mira with a Cyrillic "М": refused.
  const impostor = await PlayerPhone.open(browser, "Мira");
  await impostor.page.goto("/groups");
  await impostor.page.getByLabel("Beitrittscode").fill(joinCode);
  await impostor.page.getByLabel("Dein Spitzname").fill("Мira");
  await impostor.page.getByRole("button", { name: "Klasse beitreten" }).tap();
  await expect(impostor.page.getByText(/hat schon jemand/)).toBeVisible();
  await impostor.context.close();

  await laptop.page.reload();
  const roster = laptop.page.getByRole("table");
  await expect(roster.getByRole("rowheader")).toHaveText(["Jonas", "Mira"]);
  await expectNoSeriousA11yViolations(laptop.page);
  await shot(laptop.page, "class-roster-laptop");

  // A live game for the class, the class picked from the list.
  await expect(laptop.page.getByLabel("Klasse", { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await laptop.page.getByLabel("Anzahl der Fragen").fill("2");
  await laptop.page.getByLabel("Fragen mischen").uncheck();
  await laptop.page.getByRole("button", { name: "Live-Spiel erstellen" }).click();
  await laptop.page.waitForURL(/\/host\/[0-9a-f-]{36}$/);
  const gameId = laptop.page.url().split("/").pop()!;
  const pin = (await laptop.page.getByTestId("game-pin").innerText()).replace(/\D/g, "");

  // Handed to the projector PC: it has no account, only the code the laptop shows.
  await laptop.page.getByRole("button", { name: "Auf anderem Gerät steuern" }).click();
  const code = await laptop.page.getByTestId("handover-code").innerText();
  await expect(laptop.page.getByText(/Gültig noch \d:\d\d, nur einmal\./)).toBeVisible();
  await shot(laptop.page, "handover-laptop");
  await laptop.page.getByRole("button", { name: "Schließen" }).click();

  const wall = await newDevice(browser, WALL);
  await wall.page.goto(`/host/${gameId}`);
  await expect(wall.page.getByText(/^Dieses Spiel steuert seine Lehrkraft/)).toBeVisible();
  await wall.page.goto("/host/connect");
  await wall.page.getByLabel("Code").fill(code.toLowerCase());
  await wall.page.getByRole("button", { name: "Übernehmen" }).click();
  await wall.page.waitForURL(`**/host/${gameId}`);
  await expect(wall.page.getByTestId("game-pin")).toContainText(pin.slice(0, 3));
  await shot(wall.page, "wall-lobby");
  // The code was used: a second device gets a clear page.
  const late = await newDevice(browser, LAPTOP);
  await late.page.goto(`/host/connect?code=${code}`);
  await expect(late.page.getByText(/schon benutzt/)).toBeVisible();
  await late.context.close();

  for (const student of students) await student.join(pin, "qr");
  await expect(wall.page.getByRole("heading", { name: "2 Mitspielende" })).toBeVisible();
  await wall.page.getByRole("button", { name: "Spiel starten" }).click();
  for (const number of [1, 2]) {
    for (const student of students) await student.expectQuestion(number);
    for (const [i, student] of students.entries()) await student.answer(i);
    await expect(wall.page.getByRole("heading", { name: "So hat die Klasse geantwortet" })).toBeVisible();
    // Both host screens stay in step.
    await expect(laptop.page.getByRole("heading", { name: "So hat die Klasse geantwortet" })).toBeVisible();
    if (number === 1) await wall.page.getByRole("button", { name: "Nächste Frage" }).click();
  }
  await shot(wall.page, "wall-reveal");
  await laptop.page.getByRole("button", { name: "Zum Siegertreppchen" }).click();
  await expect(wall.page.getByTestId("podium")).toBeVisible();
  await expectNoSeriousA11yViolations(wall.page);
  await shot(wall.page, "wall-podium");

  // Another device of the teacher: the phone in the staff room, signed in.
  const staffPhone = await newDevice(browser, PHONE);
  await signIn(staffPhone.page, teacher.login, teacher.password);
  const live = staffPhone.page.getByRole("list", { name: "Meine Live-Spiele" });
  await expect(live.getByRole("listitem")).toHaveCount(1);
  await expect(live).toContainText("Beendet");
  await expect(live).toContainText("8b Geschichte");
  await expectNoSeriousA11yViolations(staffPhone.page);
  await shot(staffPhone.page, "dashboard-phone");
  await live.getByRole("link", { name: "Bericht" }).click();
  const table = staffPhone.page.getByTestId("player-table");
  await expect(table.locator("tr", { hasText: "Mira" })).toBeVisible();
  await expect(table.locator("tr", { hasText: "Jonas" })).toBeVisible();
  await shot(staffPhone.page, "report-phone");

  // A second game for the class: an assignment of the same questions, played at home on the phones.
  const homework = await laptop.page.request.post("/api/games", {
    data: {
      mode: "assignment",
      setId: "all-allies",
      questionCount: 2,
      secondsPerQuestion: null,
      scoring: "accuracy",
      shuffle: false,
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
      groupId: classId,
    },
  });
  expect(homework.status()).toBe(201);
  const homeworkPin = ((await homework.json()) as { game: { pin: string } }).game.pin;
  for (const [i, student] of students.entries()) {
    await student.join(homeworkPin, "qr");
    for (const number of [1, 2]) {
      await expect(student.page.getByText(`Frage ${number} von 2`)).toBeVisible();
      await student.answer(i);
      await expect(student.page.getByText(/^(Richtig!|Leider falsch\.|Teilweise richtig\.)/)).toBeVisible();
      await student.page.getByRole("button", { name: number === 2 ? "Fertig" : "Nächste Frage" }).tap();
    }
  }

  // The class's report across both games, on the staff-room phone: the facts missed most, with their source,
  // and one click sets an assignment to practise them.
  await staffPhone.page.goto("/classroom");
  await staffPhone.page.getByRole("link", { name: "Bericht der Klasse" }).first().click();
  await expect(staffPhone.page.getByRole("heading", { level: 1, name: "Bericht: 8b Geschichte" })).toBeVisible();
  const students2 = staffPhone.page.getByTestId("student-table");
  for (const nickname of ["Mira", "Jonas"]) await expect(students2.locator("tr", { hasText: nickname })).toBeVisible();
  const weakest = staffPhone.page.getByTestId("weak-facts").getByRole("listitem").first();
  await expect(weakest).toContainText(/von 4 richtig/);
  await expect(weakest.getByText(/^Quelle: /).first()).toBeVisible();
  await expectNoSeriousA11yViolations(staffPhone.page);
  await shot(staffPhone.page, "class-report-phone");
  await staffPhone.page.getByRole("button", { name: "Schwächste Fakten üben" }).click();
  await staffPhone.page.waitForURL(/\/host\/[0-9a-f-]{36}$/);
  await expect(staffPhone.page.getByRole("heading", { name: /^Aufgabe: / })).toBeVisible();

  for (const context of [laptop.context, wall.context, staffPhone.context, ...students.map((s) => s.context)])
    await context.close();
});

test("a wrong password says so and slows the next try; a taken name says so; someone else's class is not there", async ({
  browser,
}) => {
  const owner = { name: "Herr Kaya", login: `kaya.${Date.now() % 100000}`, password: "kaya-passwort-1" };
  const desk = await newDevice(browser, LAPTOP);
  await signUp(desk.page, owner);
  await desk.page.getByLabel("Name der Klasse").fill("9a");
  await desk.page.getByRole("button", { name: "Klasse anlegen" }).click();
  await desk.page.waitForURL(/\/classroom\/classes\//);
  const classUrl = desk.page.url();

  const other = await newDevice(browser, LAPTOP);
  await other.page.goto("/classroom");
  await other.page.getByRole("tab", { name: "Konto anlegen" }).click();
  await other.page.getByLabel("Dein Name (so sehen ihn deine Klassen)").fill("Jemand");
  await other.page.getByLabel("Benutzername oder E-Mail").fill(owner.login.toUpperCase());
  await other.page.getByLabel("Passwort", { exact: true }).fill("irgendein-passwort");
  await other.page.getByRole("button", { name: "Konto anlegen" }).click();
  await expect(other.page.getByText("Diesen Benutzernamen gibt es schon. Wähle einen anderen oder melde dich an.")).toBeVisible();

  await other.page.getByRole("tab", { name: "Anmelden" }).click();
  await other.page.getByLabel("Benutzername oder E-Mail").fill(owner.login);
  for (let i = 0; i < 3; i++) {
    await other.page.getByLabel("Passwort", { exact: true }).fill(`falsch-${i}-passwort`);
    await other.page.getByRole("button", { name: "Anmelden" }).click();
    await expect(other.page.getByText("Benutzername, E-Mail oder Passwort stimmt nicht.")).toBeVisible();
  }
  // From the fourth, each wrong try makes the next wait longer (1 s, 2 s, 4 s …): soon one is refused unheard.
  const waitMessage = other.page.getByText(/Zu viele Fehlversuche\. Bitte warte \d+ Sekunden/);
  for (let i = 3; i < 8 && !(await waitMessage.isVisible()); i++) {
    await other.page.getByLabel("Passwort", { exact: true }).fill(`falsch-${i}-passwort`);
    await other.page.getByRole("button", { name: "Anmelden" }).click();
    await expect(other.page.getByText(/stimmt nicht|Zu viele Fehlversuche/)).toBeVisible();
  }
  await expect(waitMessage).toBeVisible();
  await expectNoSeriousA11yViolations(other.page);

  // Signed in as another teacher, the first one's class is a 404.
  await other.page.getByRole("tab", { name: "Konto anlegen" }).click();
  await other.page.getByLabel("Dein Name (so sehen ihn deine Klassen)").fill("Frau Sommer");
  await other.page.getByLabel("Benutzername oder E-Mail").fill(`sommer.${Date.now() % 100000}`);
  await other.page.getByLabel("Passwort", { exact: true }).fill("sommer-passwort-1");
  await other.page.getByRole("button", { name: "Konto anlegen" }).click();
  await other.page.getByRole("button", { name: "Notiert – weiter" }).click();
  const response = await other.page.goto(classUrl);
  expect(response?.status()).toBe(404);
  await expect(other.page.getByText("9a")).toHaveCount(0);
  await desk.context.close();
  await other.context.close();
});
