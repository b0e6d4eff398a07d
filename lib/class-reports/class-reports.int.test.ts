// A class's report across a live game and an assignment, and "Schwächste Fakten üben", against real databases
// (both providers), through the endpoints a browser calls: the class's teacher sees it, another teacher gets a
// 404, nobody signed in a 401; the downloads read back; the practice assignment holds the weakest facts'
// questions and never a retired one.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import { closeDb, getDb, getDbHandle } from "@/lib/platform/db/client";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { forgetQuestionBank, loadQuestionBankIntoDb } from "@/lib/sets/queries/question-bank";
import { createGame } from "@/lib/games/queries/games";
import { joinGame } from "@/lib/games/queries/game-players";
import { joinGroup } from "@/lib/classes/queries/groups";
import { createPlayer } from "@/lib/players/queries/players";
import { nicknameKey } from "@/lib/players/rules/nickname-key";
import { signUpEndpoint } from "@/lib/teachers/endpoints/sign-up";
import { createClassEndpoint } from "@/lib/classes/endpoints/create-class";
import { classReportEndpoint, practiceWeakestEndpoint } from "@/lib/class-reports/endpoints/class-report";
import { loadClassReport } from "@/lib/class-reports/use-cases/class-report";
import { practiceWeakest } from "@/lib/class-reports/use-cases/practice-weakest";
import { testedFacts } from "@/lib/class-reports/rules/tested-facts";
import { lookupGameEndpoint } from "@/lib/games/endpoints/lookup-game";
import { loadDashboard } from "@/lib/teachers/use-cases/dashboard";
import type { TClassReport } from "@/lib/class-reports/types";
import type { TGroup } from "@/lib/classes/types";

// The endpoints' modules are marked server-only (a Next.js guard); vitest runs on the server anyway.
vi.mock("server-only", () => ({}));

const built = buildQuestionBank().bank!;
// Three single-choice questions, each on a fact of its own.
const onOwnFact = built.questions.filter((q) => q.kind === "single" && q.factIds.length === 1);
const [qa, qb, qc] = onOwnFact.filter((q, i) => onOwnFact.findIndex((o) => o.factIds[0] === q.factIds[0]) === i);
const [factA, factB, factC] = [qa!.factIds[0]!, qb!.factIds[0]!, qc!.factIds[0]!];
const DAY = 86_400_000;

describe.each(TEST_PROVIDERS)("class reports on %s", (provider) => {
  let database: TMigratedTestDatabase;
  const savedUrl = process.env.DATABASE_URL;
  let owner: { id: string; cookie: string };
  let other: { id: string; cookie: string };
  let group: TGroup;

  const request = (path: string, cookie?: string, init: RequestInit = {}) =>
    new Request(`http://127.0.0.1${path}`, {
      ...init,
      headers: { ...(cookie ? { cookie } : {}), ...(init.body ? { "Content-Type": "application/json" } : {}) },
    });

  async function signUp(name: string): Promise<{ id: string; cookie: string }> {
    const body = JSON.stringify({ name, login: `${name}.${provider}`.toLowerCase(), password: "lange-genug-123" });
    const response = await signUpEndpoint(request("/api/teacher/sign-up", undefined, { method: "POST", body }));
    expect(response.status).toBe(201);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    return { id: ((await response.json()) as { teacher: { id: string } }).teacher.id, cookie };
  }

  /** Ada and Ben know B and C but never A; Cem misses more. A live game, then an assignment a week later. */
  async function playTwoGames(): Promise<void> {
    const db = getDb();
    const students = [];
    for (const nickname of ["Ada", "Ben", "Cem"]) {
      const { player } = await createPlayer(db);
      await db.player.update({
        where: { id: player.id },
        data: { nickname, nicknameKey: nicknameKey(`${nickname}-${provider}`) },
      });
      await joinGroup(db, group.id, player.id);
      students.push({ id: player.id, nickname });
    }
    const right = { Ada: [false, true, true, false, true, true], Ben: [false, true, true, false, true, true] };
    const cem = [false, false, true, false, true, false];
    for (const [round, mode] of (["live", "assignment"] as const).entries()) {
      const { game } = await createGame(
        db,
        {
          mode,
          setId: "all-allies",
          groupId: group.id,
          ownerId: owner.id,
          settings: { questionCount: 3, secondsPerQuestion: 20, scoring: "speed", shuffle: false, maxPlayers: 40 },
          questionIds: [qa!.id, qb!.id, qc!.id],
          deadline: mode === "assignment" ? new Date(Date.now() + DAY) : null,
        },
        { now: new Date(Date.now() - (2 - round) * 7 * DAY) },
      );
      for (const student of students) {
        const joined = await joinGame(getDbHandle(), game, {
          nickname: student.nickname,
          nicknameKey: nicknameKey(student.nickname),
          playerId: student.id,
        });
        if (!joined.ok) throw new Error(joined.code);
        const marks = student.nickname === "Cem" ? cem : right[student.nickname as "Ada" | "Ben"];
        await db.gameAnswer.createMany({
          data: [qa!, qb!, qc!].map((question, index) => ({
            gamePlayerId: joined.player.id,
            questionIndex: index,
            gameId: game.id,
            questionId: question.id,
            answer: JSON.stringify("x"),
            correct: marks[round * 3 + index]!,
            points: 0,
            timeMs: 3_000,
          })),
        });
      }
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await loadQuestionBankIntoDb(database.handle, built);
    // The endpoints use the process's database: this one.
    await closeDb();
    forgetQuestionBank();
    process.env.DATABASE_URL = database.target.url;
    owner = await signUp("Berger");
    other = await signUp("Keller");
    const created = await createClassEndpoint(
      request("/api/groups", owner.cookie, { method: "POST", body: JSON.stringify({ name: "7b Geschichte" }) }),
    );
    expect(created.status).toBe(201);
    group = ((await created.json()) as { group: TGroup }).group;
    await playTwoGames();
  });
  afterAll(async () => {
    await closeDb();
    forgetQuestionBank();
    process.env.DATABASE_URL = savedUrl;
    await database?.close();
  });

  it("shows the class's teacher each student over both games, the weakest fact first with its source", async () => {
    const response = await classReportEndpoint(request(`/api/groups/${group.id}/report`, owner.cookie), group.id);
    expect(response.status).toBe(200);
    const { report } = (await response.json()) as { report: TClassReport };
    expect(report.students.map((s) => [s.nickname, s.games, s.assignments, s.answers, s.correct])).toEqual([
      ["Ada", 1, 1, 6, 4],
      ["Ben", 1, 1, 6, 4],
      ["Cem", 1, 1, 6, 2],
    ]);
    expect(report.students[2]!.history.map((game) => [game.mode, game.correct])).toEqual([
      ["live", 1],
      ["assignment", 1],
    ]);
    expect(report.games.map((game) => [game.mode, game.players, game.answers])).toEqual([
      ["assignment", 3, 9],
      ["live", 3, 9],
    ]);
    expect(report.facts.map((fact) => [fact.factId, fact.answers, fact.missed, fact.hard])).toEqual([
      [factA, 6, 6, true],
      ...[
        [factB, 6, 1, false],
        [factC, 6, 1, false],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ]);
    const weakest = report.facts[0]!;
    expect(weakest.statement.de.length).toBeGreaterThan(10);
    expect(weakest.sources[0]!.quote.length).toBeGreaterThan(10);
    expect(weakest.sources[0]!.label.de).toMatch(/\w/);
    expect(report.questions[0]).toMatchObject({ questionId: qa!.id, games: 2, answers: 6, correct: 0, hard: true });
  });

  it("is a 404 for another teacher and a 401 for nobody signed in, for the report and the practice alike", async () => {
    const path = `/api/groups/${group.id}/report`;
    expect((await classReportEndpoint(request(path, other.cookie), group.id)).status).toBe(404);
    expect((await classReportEndpoint(request(path), group.id)).status).toBe(401);
    const practice = (cookie?: string, body = "{}") =>
      practiceWeakestEndpoint(request(`/api/groups/${group.id}/practice-weakest`, cookie, { method: "POST", body }), group.id);
    expect((await practice(other.cookie)).status).toBe(404);
    expect((await practice()).status).toBe(401);
    const bad = await practice(owner.cookie, JSON.stringify({ questionCount: 0 }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_input", message: expect.stringMatching(/questionCount/) } });
    const unknown = await classReportEndpoint(request(`${path}?format=pdf`, owner.cookie), group.id);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: { message: expect.stringMatching(/json, csv or xlsx/) } });
  });

  it("downloads a workbook with a sheet per view and German headers, and each view as CSV", async () => {
    const xlsx = await classReportEndpoint(request(`/api/groups/${group.id}/report?format=xlsx&lang=de`, owner.cookie), group.id);
    expect(xlsx.headers.get("content-type")).toMatch(/spreadsheetml/);
    expect(xlsx.headers.get("content-disposition")).toMatch(/filename\*=UTF-8''klasse-7b%20Geschichte-.*\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Schüler", "Fragen", "Fakten"]);
    const facts = workbook.getWorksheet("Fakten")!;
    expect(facts.getCell("A1").value).toBe("Fakt");
    expect(facts.getCell("J2").value).toBe(factA);
    expect(facts.getCell("E2").value).toBe(0);

    const csv = await classReportEndpoint(
      request(`/api/groups/${group.id}/report?format=csv&view=students&lang=en`, owner.cookie),
      group.id,
    );
    const lines = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Nickname,In the class,Live games,Assignments,Answers,Correct,Share correct (%),Trend,History (date: correct/answers)",
    );
    expect(lines[3]).toMatch(/^Cem,yes,1,1,6,2,33,steady,/);
  });

  it("practises the weakest facts: an assignment for the class of their questions, never a retired one", async () => {
    const created = await practiceWeakest(getDb(), { group, teacherId: owner.id }, "host-key-for-the-test-000000");
    if (!created.ok) throw new Error(created.message);
    const game = created.game;
    expect([game.mode, game.groupId, game.ownerId, game.status]).toEqual(["assignment", group.id, owner.id, "open"]);
    expect(game.deadline!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
    const questionIds = JSON.parse(game.questionIds) as string[];
    expect(questionIds[0]).toBe(qa!.id);
    const factsAsked = questionIds.map((id) => testedFacts(built.questionsById.get(id)!)[0]);
    expect(factsAsked[0]).toBe(factA);
    expect(new Set(factsAsked)).toEqual(new Set([factA, factB, factC]));
    // Called what it is on the join page, the teacher's dashboard and the class's report, not after the set its
    // questions were drawn from.
    const lookup = await lookupGameEndpoint(new Request(`http://127.0.0.1/api/games/lookup?pin=${game.pin}`));
    expect(((await lookup.json()) as { game: { setTitle: { de: string } } }).game.setTitle.de).toBe("Schwächste Fakten üben");
    const dashboard = await loadDashboard(getDb(), owner.id, "de", undefined);
    expect(dashboard.assignments.find((row) => row.id === game.id)?.title).toBe("Schwächste Fakten üben");
    expect(dashboard.assignments.filter((row) => row.title === "Schwächste Fakten üben")).toHaveLength(1);
    const listed = (await loadClassReport(getDb(), group)).games;
    expect(listed.filter((row) => row.practice).map((row) => row.gameId)).toEqual([game.id]);

    await getDb().questionRetirement.create({ data: { questionId: qa!.id, reason: "test", reportIds: "[]" } });
    forgetQuestionBank();
    const again = await practiceWeakest(
      getDb(),
      { group, teacherId: owner.id, questionCount: 3 },
      "host-key-for-the-test-000000",
    );
    if (!again.ok) throw new Error(again.message);
    expect(JSON.parse(again.game.questionIds)).not.toContain(qa!.id);
    // The retired question's answers still count in the report.
    expect((await loadClassReport(getDb(), group)).facts[0]!.factId).toBe(factA);
  });

  it("refuses to practise with a class that has too few answers, saying what to do", async () => {
    const fresh = await createClassEndpoint(
      request("/api/groups", owner.cookie, { method: "POST", body: JSON.stringify({ name: "8a" }) }),
    );
    const empty = ((await fresh.json()) as { group: TGroup }).group;
    const refused = await practiceWeakest(getDb(), { group: empty, teacherId: owner.id }, "host-key-for-the-test-000000");
    expect(refused).toMatchObject({
      ok: false,
      status: 409,
      code: "too_few_answers",
      message: expect.stringMatching(/play a game/),
    });
  });
});
