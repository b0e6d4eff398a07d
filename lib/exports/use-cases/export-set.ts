// A set's download as the app serves it: the questions in play (those retired after review are left out, as in
// every new quiz), in the set's order; the daily challenge of today.
import { buildExport } from "@/lib/exports/use-cases/build-export";
import type { TExportFile, TExportFormat } from "@/lib/exports/types";
import { localDate } from "@/lib/platform/time/periods";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { DAILY_SET_ID, dailyQuestionIds } from "@/questions/sets";
import type { TLang } from "@/questions/types";

export type TSetExportResult = { file: TExportFile } | { unknownSet: string[] };

export async function exportSet(
  setId: string,
  format: TExportFormat,
  lang: TLang,
  now: Date = new Date(),
): Promise<TSetExportResult> {
  const bank = await getQuestionBank();
  const set = bank.sets.find((candidate) => candidate.id === setId);
  if (!set) return { unknownSet: bank.sets.map((candidate) => candidate.id) };
  const inPlay = [...bank.questions.values()];
  const ids =
    set.id === DAILY_SET_ID ? dailyQuestionIds(inPlay, localDate(now)) : set.questionIds.filter((id) => bank.questions.has(id));
  const file = await buildExport(
    {
      setId: set.id,
      title: set.title[lang],
      lang,
      questions: ids.map((id) => bank.questions.get(id)!),
      countryPool: [...new Set(inPlay.flatMap((question) => question.tags.countries))],
    },
    format,
  );
  return { file };
}
