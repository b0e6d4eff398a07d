// The question bank in the database: written at start from the generated bank, read by the app.
// Loading is idempotent: unchanged questions are not touched, changed ones are updated in place (same id, so
// their scores stay), and questions no longer generated are retired (kept for old answers, no longer served).
import type { TLoadedBank } from "@/lib/sets/types";
import type { TQuestionBank } from "@/questions/bank";
import { contentHash } from "@/questions/bank";
import type { TQuestion, TQuestionSet, TStoredQuestion } from "@/questions/types";
import type { TDbHandle } from "@/lib/platform/db/client";

// Any fixed number; instances that start together serialise their loads on it (PostgreSQL).
const BANK_LOCK_KEY = 727_073_691;

export type TBankLoadReport = { created: number; updated: number; retired: number; unchanged: number; sets: number };

export type { TStoredQuestion };

function storedQuestion(question: TQuestion): TStoredQuestion {
  const { check: _check, ...stored } = question;
  return stored as TStoredQuestion;
}

export async function loadQuestionBankIntoDb(handle: TDbHandle, bank: TQuestionBank): Promise<TBankLoadReport> {
  return handle.db.$transaction(
    async (tx) => {
      if (handle.provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${BANK_LOCK_KEY})`);
      const existing = new Map(
        (await tx.question.findMany({ select: { id: true, contentHash: true, active: true } })).map((row) => [row.id, row]),
      );
      const report: TBankLoadReport = { created: 0, updated: 0, retired: 0, unchanged: 0, sets: bank.sets.length };
      const toCreate = [];
      for (const question of bank.questions) {
        const hash = contentHash(question);
        const row = existing.get(question.id);
        const data = {
          kind: question.kind,
          contentHash: hash,
          data: JSON.stringify(storedQuestion(question)),
          factIds: JSON.stringify(question.factIds),
          difficulty: question.difficulty,
          active: true,
        };
        if (!row) {
          toCreate.push({ id: question.id, ...data });
        } else if (row.contentHash !== hash || !row.active) {
          await tx.question.update({ where: { id: question.id }, data });
          report.updated++;
        } else {
          report.unchanged++;
        }
      }
      if (toCreate.length) report.created = (await tx.question.createMany({ data: toCreate })).count;
      const current = new Set(bank.questions.map((question) => question.id));
      const retired = [...existing.values()].filter((row) => row.active && !current.has(row.id)).map((row) => row.id);
      if (retired.length)
        report.retired = (await tx.question.updateMany({ where: { id: { in: retired } }, data: { active: false } })).count;

      await tx.questionSet.deleteMany({ where: { id: { notIn: bank.sets.map((set) => set.id) } } });
      for (const [position, set] of bank.sets.entries()) {
        const data = {
          kind: set.kind,
          position,
          titleDe: set.title.de,
          titleEn: set.title.en,
          descriptionDe: set.description.de,
          descriptionEn: set.description.en,
          questionIds: JSON.stringify(set.questionIds),
          tags: JSON.stringify(set.countries),
        };
        await tx.questionSet.upsert({ where: { id: set.id }, create: { id: set.id, ...data }, update: data });
      }
      return report;
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

/** The active questions (those retired after review apart) and the sets, as stored. */
export async function readQuestionBank(handle: TDbHandle): Promise<TLoadedBank> {
  const [rows, setRows, retirements] = await Promise.all([
    handle.db.question.findMany({ where: { active: true }, select: { data: true } }),
    handle.db.questionSet.findMany({ orderBy: { position: "asc" } }),
    handle.db.questionRetirement.findMany({ select: { questionId: true } }),
  ]);
  const retiredIds = new Set(retirements.map((row) => row.questionId));
  const questions = new Map<string, TStoredQuestion>();
  const retired = new Map<string, TStoredQuestion>();
  for (const row of rows) {
    const question = JSON.parse(row.data) as TStoredQuestion;
    (retiredIds.has(question.id) ? retired : questions).set(question.id, question);
  }
  const sets = setRows.map((row): TQuestionSet => ({
    id: row.id,
    kind: row.kind as TQuestionSet["kind"],
    title: { de: row.titleDe, en: row.titleEn },
    description: { de: row.descriptionDe, en: row.descriptionEn },
    questionIds: JSON.parse(row.questionIds) as string[],
    countries: JSON.parse(row.tags) as string[],
  }));
  return { questions, retired, sets };
}

const globalForBank = globalThis as typeof globalThis & { __quizBank?: Promise<TLoadedBank> };

/** Forgets the bank read, so that the next use reads it again (a question was retired or restored). */
export function forgetQuestionBank(): void {
  globalForBank.__quizBank = undefined;
}

/** The bank as loaded at start, read once per process (it changes with a restart, or a retirement on review). */
export function getQuestionBank(): Promise<TLoadedBank> {
  globalForBank.__quizBank ??= import("@/lib/platform/db/client").then(({ getDbHandle }) => readQuestionBank(getDbHandle()));
  globalForBank.__quizBank.catch(() => (globalForBank.__quizBank = undefined));
  return globalForBank.__quizBank;
}
