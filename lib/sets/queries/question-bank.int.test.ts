import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import { copyFactBase } from "@/questions/testing/fact-base-copy";
import { createTestDatabase, TEST_PROVIDERS, type TMigratedTestDatabase } from "@/lib/platform/testing/databases";
import { loadQuestionBankIntoDb, readQuestionBank } from "./question-bank";

describe.each(TEST_PROVIDERS)("the question bank in %s", (provider) => {
  let database: TMigratedTestDatabase;
  const bank = buildQuestionBank().bank!;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads every question and set, and a second load changes nothing", async () => {
    const first = await loadQuestionBankIntoDb(database.handle, bank);
    expect(first).toMatchObject({ created: bank.questions.length, updated: 0, retired: 0 });
    const second = await loadQuestionBankIntoDb(database.handle, bank);
    expect(second).toMatchObject({ created: 0, updated: 0, retired: 0, unchanged: bank.questions.length });
    expect(await database.handle.db.question.count()).toBe(bank.questions.length);
    expect(await database.handle.db.questionSet.count()).toBe(bank.sets.length);

    const stored = await readQuestionBank(database.handle);
    expect(stored.questions.size).toBe(bank.questions.length);
    expect(stored.sets.map((set) => set.id)).toEqual(bank.sets.map((set) => set.id));
    const sample = bank.questions[0]!;
    const { check: _check, ...withoutCheck } = sample;
    expect(stored.questions.get(sample.id)).toEqual(withoutCheck);
  });

  // Several instances share one database only on PostgreSQL; SQLite is one instance with one client.
  it.runIf(provider === "postgresql")("two instances loading at once write each question once", async () => {
    await database.handle.db.question.deleteMany();
    const { createDbHandle } = await import("@/lib/platform/db/client");
    const other = createDbHandle(database.target);
    try {
      await Promise.all([loadQuestionBankIntoDb(database.handle, bank), loadQuestionBankIntoDb(other, bank)]);
    } finally {
      await other.db.$disconnect();
    }
    expect(await database.handle.db.question.count()).toBe(bank.questions.length);
  });

  it("updates an edited fact's questions in place, keeping the answers to unchanged ones", async () => {
    await loadQuestionBankIntoDb(database.handle, bank);
    const db = database.handle.db;
    const untouched = bank.questions.find((q) => !q.factIds.some((id) => id.startsWith("kz.")))!;
    await db.player.create({ data: { id: `p-${provider}`, secretHash: "h" } });
    await db.attempt.create({
      data: { id: `a-${provider}`, playerId: `p-${provider}`, setId: "all-allies", questionIds: JSON.stringify([untouched.id]) },
    });
    await db.attemptAnswer.create({
      data: {
        attemptId: `a-${provider}`,
        questionId: untouched.id,
        position: 0,
        answer: '"x"',
        correct: true,
        points: 800,
        timeMs: 2000,
      },
    });
    const before = await db.question.findUniqueOrThrow({ where: { id: untouched.id } });
    // Other questions say "Staatspräsident" already (Vietnam's notes): only the ones the edit reaches may change.
    const mentioning = () => db.question.findMany({ where: { data: { contains: "Staatspräsident" } } });
    const saidBefore = new Set((await mentioning()).map((row) => row.id));

    const copy = copyFactBase();
    copy.edit("facts/allies/kz.yaml", (text) =>
      text.replace("role: { de: Präsident, en: president }", "role: { de: Staatspräsident, en: head of state }"),
    );
    const edited = buildQuestionBank(copy.root).bank!;
    const report = await loadQuestionBankIntoDb(database.handle, edited);
    expect(report.created).toBe(0);
    expect(report.retired).toBe(0);
    expect(report.updated).toBeGreaterThan(0);

    const changed = (await mentioning()).filter((row) => !saidBefore.has(row.id));
    expect(changed.length).toBe(report.updated);
    for (const row of changed) expect(JSON.parse(row.factIds)).toContain("kz.leader.tokayev");
    const after = await db.question.findUniqueOrThrow({ where: { id: untouched.id } });
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await db.attemptAnswer.count({ where: { questionId: untouched.id } })).toBe(1);
  });

  it("retires questions that are no longer generated, keeping them for old answers", async () => {
    await loadQuestionBankIntoDb(database.handle, bank);
    const fewer = { ...bank, questions: bank.questions.slice(1) };
    const report = await loadQuestionBankIntoDb(database.handle, fewer);
    expect(report.retired).toBe(1);
    const row = await database.handle.db.question.findUniqueOrThrow({ where: { id: bank.questions[0]!.id } });
    expect(row.active).toBe(false);
    expect((await readQuestionBank(database.handle)).questions.has(bank.questions[0]!.id)).toBe(false);
    await loadQuestionBankIntoDb(database.handle, bank);
    expect((await readQuestionBank(database.handle)).questions.size).toBe(bank.questions.length);
  });
});
