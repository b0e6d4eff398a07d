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

/**
 * The daily challenge of a date (YYYY-MM-DD): the same ten questions for everyone that day, no more than three
 * of one kind.
 */
export function dailyQuestionIds(
  questions: ReadonlyArray<Pick<TQuestion, "id" | "kind">>,
  date: string,
  count: number = DAILY_QUESTION_COUNT,
): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`daily challenge: expected a date as YYYY-MM-DD, got "${date}"`);
  const perKind = new Map<string, number>();
  const chosen: string[] = [];
  for (const question of seededShuffle(
    [...questions].sort((a, b) => a.id.localeCompare(b.id)),
    `daily:${date}`,
  )) {
    const used = perKind.get(question.kind) ?? 0;
    if (used >= 3) continue;
    perKind.set(question.kind, used + 1);
    chosen.push(question.id);
    if (chosen.length === count) break;
  }
  return chosen;
}

/** A set's questions in the order a seed gives (the same seed, the same order). */
export function orderForSeed(questionIds: string[], seed: string | number): string[] {
  return seededShuffle([...questionIds].sort(), `order:${seed}`);
}
