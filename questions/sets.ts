// Question sets: by region, by theme, all allies, and a daily challenge fixed by the date.
import { seededShuffle } from "./random";
import type { TLocalized, TRegion, TTheme } from "./schema";
import type { TQuestion, TQuestionSet } from "./types";

type TSetDefinition = {
  id: string;
  kind: TQuestionSet["kind"];
  title: TLocalized;
  description: TLocalized;
  includes: (question: TQuestion) => boolean;
};

const inRegion = (region: TRegion) => (question: TQuestion) =>
  question.tags.countries.length > 0 && question.tags.regions.length === 1 && question.tags.regions[0] === region;
const inTheme = (theme: TTheme) => (question: TQuestion) => question.tags.themes.includes(theme);

export const DAILY_SET_ID = "daily";
export const DAILY_QUESTION_COUNT = 10;

export const SET_DEFINITIONS: TSetDefinition[] = [
  {
    id: "all-allies",
    kind: "all",
    title: { de: "Alle Verbündeten", en: "All allies" },
    description: {
      de: "Jede Frage zu allen Verbündeten Russlands: Anführer, Bündnisse, Lieferungen, Zahlen und Daten.",
      en: "Every question about all of Russia's allies: leaders, alliances, supplies, numbers and dates.",
    },
    includes: () => true,
  },
  {
    id: "post-soviet",
    kind: "region",
    title: { de: "Postsowjetischer Raum", en: "Former Soviet states" },
    description: { de: "Belarus, Kasachstan und Usbekistan.", en: "Belarus, Kazakhstan and Uzbekistan." },
    includes: inRegion("post-soviet"),
  },
  {
    id: "asia",
    kind: "region",
    title: { de: "Asien", en: "Asia" },
    description: {
      de: "Nordkorea, China, Vietnam, Indien und Malaysia.",
      en: "North Korea, China, Vietnam, India and Malaysia.",
    },
    includes: inRegion("asia"),
  },
  {
    id: "middle-east",
    kind: "region",
    title: { de: "Naher Osten", en: "Middle East" },
    description: { de: "Iran und Syrien.", en: "Iran and Syria." },
    includes: inRegion("middle-east"),
  },
  {
    id: "africa",
    kind: "region",
    title: { de: "Afrika", en: "Africa" },
    description: { de: "Burkina Faso.", en: "Burkina Faso." },
    includes: inRegion("africa"),
  },
  {
    id: "leaders",
    kind: "theme",
    title: { de: "Anführer", en: "Leaders" },
    description: {
      de: "Wer regiert die Verbündeten, wer hat was gesagt, wer war wann bei Putin?",
      en: "Who rules the allies, who said what, who visited Putin when?",
    },
    includes: inTheme("leaders"),
  },
  {
    id: "military",
    kind: "theme",
    title: { de: "Militärische Unterstützung", en: "Military support" },
    description: {
      de: "Soldaten, Waffen, Munition, Drohnen, Truppen und Atomwaffen.",
      en: "Soldiers, weapons, ammunition, drones, troops and nuclear weapons.",
    },
    includes: inTheme("military"),
  },
  {
    id: "economy",
    kind: "theme",
    title: { de: "Wirtschaft und Rohstoffe", en: "Economy and raw materials" },
    description: {
      de: "Handel, Rohstoffe, Seltene Erden, Devisen und Abhängigkeiten.",
      en: "Trade, raw materials, rare earths, foreign currency and dependencies.",
    },
    includes: inTheme("economy"),
  },
  {
    id: "alliances",
    kind: "theme",
    title: { de: "Bündnisse und Organisationen", en: "Alliances and organisations" },
    description: {
      de: "GUS, BRICS, SCO, Verteidigungsabkommen und Abstimmungen in der UN.",
      en: "CIS, BRICS, SCO, defence agreements and votes at the UN.",
    },
    includes: inTheme("alliances"),
  },
  {
    id: "numbers",
    kind: "theme",
    title: { de: "Zahlen und Daten", en: "Numbers and dates" },
    description: {
      de: "Grenzlängen, Schätzungen, Anteile und wann was geschah.",
      en: "Border lengths, estimates, shares and when what happened.",
    },
    includes: inTheme("numbers"),
  },
];

export const DAILY_SET_DEFINITION = {
  id: DAILY_SET_ID,
  kind: "daily" as const,
  title: { de: "Tagesquiz", en: "Daily challenge" },
  description: {
    de: "Zehn Fragen, für alle dieselben, jeden Tag neu.",
    en: "Ten questions, the same for everyone, new every day.",
  },
};

/** The sets with their questions in a default order (a fixed shuffle, so kinds and countries mix). */
export function buildSets(questions: TQuestion[]): TQuestionSet[] {
  const sets: TQuestionSet[] = SET_DEFINITIONS.map((definition) => {
    const members = questions.filter(definition.includes);
    return {
      id: definition.id,
      kind: definition.kind,
      title: definition.title,
      description: definition.description,
      questionIds: seededShuffle(members.map((question) => question.id).sort(), `${definition.id}:0`),
      countries: [...new Set(members.flatMap((question) => question.tags.countries))].sort(),
    };
  });
  sets.push({ ...DAILY_SET_DEFINITION, questionIds: [], countries: [] });
  return sets;
}

/** True/false questions a drawn quiz may hold at most: about a third (they are the cheapest to guess). */
export const MAX_TRUEFALSE_SHARE = 1 / 3;

type TDrawable = Pick<TQuestion, "id" | "kind" | "prompt">;

/**
 * A quiz of `count` questions drawn from `questions` with a seed: a balanced mix of kinds (one of each kind in
 * turn, true/false at most about a third while other kinds are left), and never the same question twice. Two
 * generated questions that read alike (the same prompt, other pairs or events) count as a repeat: the second
 * is drawn only when nothing else is left (a quiz of the whole set). The same seed gives the same quiz.
 */
export function drawBalanced(questions: ReadonlyArray<TDrawable>, seed: string, count: number): string[] {
  const fresh = new Map<string, TDrawable[]>();
  const lookalikes: TDrawable[] = [];
  const ids = new Set<string>();
  const prompts = new Set<string>();
  for (const question of seededShuffle(
    [...questions].sort((a, b) => a.id.localeCompare(b.id)),
    seed,
  )) {
    if (ids.has(question.id)) continue;
    ids.add(question.id);
    const prompt = question.prompt.de.trim().toLowerCase();
    if (prompts.has(prompt)) lookalikes.push(question);
    else fresh.set(question.kind, [...(fresh.get(question.kind) ?? []), question]);
    prompts.add(prompt);
  }
  const total = Math.min(count, ids.size);
  const trueFalseCap = Math.max(1, Math.floor(total * MAX_TRUEFALSE_SHARE));
  const chosen: string[] = [];
  let trueFalse = 0;
  for (let round = 0; chosen.length < total; round++) {
    const before = chosen.length;
    for (const kind of seededShuffle([...fresh.keys()].sort(), `${seed}:round:${round}`)) {
      if (chosen.length === total) break;
      if (kind === "truefalse" && trueFalse >= trueFalseCap) continue;
      const next = fresh.get(kind)!.shift();
      if (!next) continue;
      chosen.push(next.id);
      if (kind === "truefalse") trueFalse++;
    }
    if (chosen.length > before) continue;
    // Nothing but true/false and lookalikes is left: the set is too small for the mix, so the cap gives way.
    const rest = [...(fresh.get("truefalse") ?? []), ...lookalikes];
    chosen.push(...rest.slice(0, total - chosen.length).map((question) => question.id));
    break;
  }
  return chosen;
}

/** The daily challenge of a date (YYYY-MM-DD): the same ten questions for everyone that day, a balanced mix. */
export function dailyQuestionIds(
  questions: ReadonlyArray<TDrawable>,
  date: string,
  count: number = DAILY_QUESTION_COUNT,
): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`daily challenge: expected a date as YYYY-MM-DD, got "${date}"`);
  return drawBalanced(questions, `daily:${date}`, count);
}

/** A set's questions in the order a seed gives (the same seed, the same order). */
export function orderForSeed(questionIds: string[], seed: string | number): string[] {
  return seededShuffle([...questionIds].sort(), `order:${seed}`);
}
