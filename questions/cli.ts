// `npm run questions -- <command>`: list the sets, export questions, check the fact base.
import { writeFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { buildExport } from "@/lib/exports/use-cases/build-export";
import { EXPORT_FORMATS, isExportFormat, type TExportFormat } from "@/lib/exports/types";
import { buildQuestionBank, type TQuestionBank } from "./bank";
import { presentQuestion, presentSolution } from "./present";
import { reviewSheet } from "./review";
import { dailyQuestionIds, DAILY_SET_ID, orderForSeed } from "./sets";
import { formatDate } from "./text";
import type { TLang, TQuestion, TQuestionSet } from "./types";

const USAGE = `usage: npm run questions -- <command>
  list                                     the sets with their question counts
  export --set <id|all> [--lang de|en] [--format json|md] [--seed N] [--date YYYY-MM-DD]
                                           print the questions of a set, or of every set
  export --set <id> --format <f> [--lang de|en] [--out file] [--date YYYY-MM-DD]
                                           a set for other tools, f: ${EXPORT_FORMATS.join(", ")};
                                           text formats print, files (or --out) are written
  check                                    validate the fact base and every generated question
  review [--set <id>]                      every question in German and English side by side (Markdown):
                                           prompt, options, key, explanation, sources with translations, date`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

/** The command's options, or a usage error (exit 2) naming the option at fault instead of a stack trace. */
function options<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

function loadBank(): TQuestionBank {
  const { bank, problems } = buildQuestionBank();
  if (!bank) fail(`✖ ${problems.length} problem(s) in questions/:\n${problems.map((p) => `  ${p}`).join("\n")}`, 1);
  return bank;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function questionsOf(bank: TQuestionBank, set: TQuestionSet, seed: string, date: string): TQuestion[] {
  const ids = set.id === DAILY_SET_ID ? dailyQuestionIds(bank.questions, date) : orderForSeed(set.questionIds, seed);
  return ids.map((id) => bank.questionsById.get(id)!);
}

function exportJson(bank: TQuestionBank, sets: TQuestionSet[], lang: TLang, seed: string, date: string): string {
  return JSON.stringify(
    {
      sets: sets.map((set) => ({
        id: set.id,
        title: set.title[lang],
        questions: questionsOf(bank, set, seed, date).map((question) => {
          const shown = presentQuestion(question, lang, seed);
          const solution = presentSolution(question, lang);
          return {
            id: shown.id,
            kind: shown.kind,
            prompt: shown.prompt,
            options: shown.options,
            ...(shown.unit ? { unit: shown.unit } : {}),
            answer: solution.answer,
            explanation: solution.explanation,
            ...(solution.note ? { note: solution.note } : {}),
            source: solution.source,
            asOf: solution.asOf,
            factIds: solution.factIds,
            tags: shown.tags,
            difficulty: shown.difficulty,
          };
        }),
      })),
    },
    null,
    2,
  );
}

function exportMarkdown(bank: TQuestionBank, sets: TQuestionSet[], lang: TLang, seed: string, date: string): string {
  const label =
    lang === "de"
      ? { answer: "Antwort", source: "Quelle", asOf: "Stand" }
      : { answer: "Answer", source: "Source", asOf: "As of" };
  const lines: string[] = [];
  for (const set of sets) {
    const questions = questionsOf(bank, set, seed, date);
    lines.push(`## ${set.title[lang]} (${questions.length})`, "");
    questions.forEach((question, index) => {
      const shown = presentQuestion(question, lang, seed);
      const solution = presentSolution(question, lang);
      lines.push(`${index + 1}. **${shown.prompt}** \`${shown.kind}\` \`${shown.id}\``);
      for (const option of shown.options)
        lines.push(`   - ${option.side ? `[${option.side}] ` : ""}${option.text} \`${option.id}\``);
      lines.push(
        `   - ${label.answer}: \`${JSON.stringify(solution.answer)}\` – ${solution.explanation}${solution.note ? ` (${solution.note})` : ""}`,
      );
      lines.push(
        `   - ${label.source}: ${solution.source.file}: „${solution.source.quote}“ (${label.asOf}: ${formatDate(solution.asOf, lang)})`,
      );
    });
    lines.push("");
  }
  return lines.join("\n");
}

/** The formats for other tools (lib/exports): one set, written to --out or, for text, to standard output. */
async function exportFile(bank: TQuestionBank, setId: string, format: TExportFormat, lang: TLang, date: string, out?: string) {
  const set = bank.sets.find((candidate) => candidate.id === setId);
  if (!set) fail(`--set: ${format} exports one set: ${bank.sets.map((candidate) => candidate.id).join(", ")}`, 1);
  const file = await buildExport(
    {
      setId: set.id,
      title: set.title[lang],
      lang,
      // The set's own order, as the set page's downloads have it.
      questions: (set.id === DAILY_SET_ID ? dailyQuestionIds(bank.questions, date) : set.questionIds).map((id) =>
        bank.questionsById.get(id)!,
      ),
      countryPool: [...new Set(bank.questions.flatMap((question) => question.tags.countries))],
    },
    format,
  );
  const text = file.contentType.startsWith("text/") || file.contentType.startsWith("application/xml");
  if (!out && text) {
    process.stdout.write(Buffer.from(file.body));
    return;
  }
  const path = out ?? file.filename;
  writeFileSync(path, file.body);
  console.error(`✔ ${path} (${file.body.byteLength} bytes)`);
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case "list": {
    const bank = loadBank();
    const width = Math.max(...bank.sets.map((set) => set.id.length));
    for (const set of bank.sets) {
      const count = set.id === DAILY_SET_ID ? dailyQuestionIds(bank.questions, today()).length : set.questionIds.length;
      console.log(`${set.id.padEnd(width)}  ${String(count).padStart(4)}  ${set.title.de} / ${set.title.en}`);
    }
    break;
  }
  case "export": {
    const { values } = options({
      args: rest,
      options: {
        set: { type: "string" },
        lang: { type: "string", default: "de" },
        format: { type: "string", default: "json" },
        seed: { type: "string", default: "0" },
        date: { type: "string" },
        out: { type: "string" },
      },
    });
    const formats = ["json", "md", ...EXPORT_FORMATS];
    if (values.lang !== "de" && values.lang !== "en") fail(`--lang: expected de or en, got "${values.lang}"`);
    if (!formats.includes(values.format)) fail(`--format: unknown format "${values.format}"; formats: ${formats.join(", ")}`, 1);
    if (!/^\d+$/.test(values.seed)) fail(`--seed: expected a whole number, got "${values.seed}"`);
    const date = values.date ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date: expected YYYY-MM-DD, got "${date}"`);
    const bank = loadBank();
    if (!values.set) fail(`--set: name a set (${bank.sets.map((set) => set.id).join(", ")}) or all`);
    const sets = values.set === "all" ? bank.sets : bank.sets.filter((set) => set.id === values.set);
    if (!sets.length) fail(`--set: unknown set "${values.set}"; sets: ${bank.sets.map((set) => set.id).join(", ")}, or all`, 1);
    if (isExportFormat(values.format)) {
      await exportFile(bank, values.set, values.format, values.lang, date, values.out);
      break;
    }
    const render = values.format === "json" ? exportJson : exportMarkdown;
    console.log(render(bank, sets, values.lang, values.seed, date));
    break;
  }
  case "check": {
    const started = performance.now();
    const bank = loadBank();
    const ms = Math.round(performance.now() - started);
    const byKind = Object.entries(
      bank.questions.reduce<Record<string, number>>((counts, q) => ({ ...counts, [q.kind]: (counts[q.kind] ?? 0) + 1 }), {}),
    )
      .map(([kind, count]) => `${count} ${kind}`)
      .join(", ");
    console.log(`✔ ${bank.kb.facts.length} facts on ${bank.kb.countries.size} countries; every source quote found`);
    console.log(`✔ ${bank.questions.length} questions (${byKind}), each with exactly its intended answer(s)`);
    console.log("✔ every question keeps to questions/rules.ts: no option true in the world keyed wrong, dated statuses,");
    console.log("  precise titles and bounds, explanations that add context; true/false 40–60 % true in every set");
    console.log(`✔ every fact and every ally is tested; ${bank.sets.length} sets; built in ${ms} ms`);
    break;
  }
  case "review": {
    const { values } = options({ args: rest, options: { set: { type: "string", default: "all-allies" } } });
    const bank = loadBank();
    const set = bank.sets.find((candidate) => candidate.id === values.set);
    if (!set || set.id === DAILY_SET_ID) fail(`--set: unknown set "${values.set}"`);
    const questions = [...set.questionIds].sort().map((id) => bank.questionsById.get(id)!);
    console.log(`# Review: ${set.title.de} / ${set.title.en} (${questions.length})\n\n${reviewSheet(questions)}`);
    break;
  }
  default:
    fail(USAGE);
}
