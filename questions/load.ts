// Reads questions/facts/ and questions/sources/, validates every entry and builds the knowledge base.
// Every problem is reported with its file, line, path and reason; a fact base with problems is not used.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import countries from "i18n-iso-countries";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { TBackground, TCountry, TFact, TKnowledgeBase, TOrganisation, TPerson, TSource, TSupportItem } from "./kb";
import { mapCountryCodes } from "./map-codes";
import {
  ZBackgroundFile,
  ZDescriptorFact,
  ZContextFile,
  ZCountryFile,
  ZEventFact,
  ZGroupFact,
  ZLeaderFact,
  ZMembershipFact,
  ZNumberFact,
  ZOrganisationsFile,
  ZQuoteFact,
  ZSourcesFile,
  ZStatementFact,
  ZSupportFact,
  ZSupportItemsFile,
  ZUnVoteFact,
} from "./schema";

/** Where facts/ and sources/ are: this folder, or QUESTIONS_DIR (tests point it at an edited copy). */
export const QUESTIONS_DIR = process.env.QUESTIONS_DIR || path.dirname(new URL(import.meta.url).pathname);

export type TFactProblem = { file: string; line?: number; path: string; message: string };

export function formatProblem(problem: TFactProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where} ${problem.path || "(file)"}: ${problem.message}`;
}

export class FactBaseError extends Error {
  override name = "FactBaseError";
  constructor(readonly problems: TFactProblem[]) {
    super(`the fact base has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
  }
}

const FACT_SCHEMAS = {
  leader: ZLeaderFact,
  membership: ZMembershipFact,
  support: ZSupportFact,
  number: ZNumberFact,
  event: ZEventFact,
  quote: ZQuoteFact,
  statement: ZStatementFact,
  "un-vote": ZUnVoteFact,
  group: ZGroupFact,
  descriptor: ZDescriptorFact,
} as const;

type TPathSegment = string | number;

function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index ? "." : ""}${String(segment)}`))
    .join("");
}

/** One parsed YAML file, able to say on which line a path starts. */
class FactFile {
  private readonly doc: Document;
  private readonly lines = new LineCounter();
  readonly data: unknown;
  constructor(
    readonly relative: string,
    text: string,
    private readonly problems: TFactProblem[],
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true });
    for (const error of this.doc.errors) {
      const line = this.lines.linePos(error.pos[0]).line;
      problems.push({ file: relative, line, path: "", message: `YAML: ${error.message.split("\n")[0]}` });
    }
    this.data = this.doc.errors.length ? undefined : this.doc.toJS();
  }

  lineOf(segments: readonly TPathSegment[]): number | undefined {
    for (let length = segments.length; length >= 0; length--) {
      const node = this.doc.getIn(segments.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === "object" && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return undefined;
  }

  report(segments: readonly TPathSegment[], message: string): void {
    this.problems.push({ file: this.relative, line: this.lineOf(segments), path: formatPath(segments), message });
  }

  /** Parses `value` (found at `at`) with `schema`, reporting each issue at its own path. */
  parse<S extends z.ZodType>(schema: S, value: unknown, at: TPathSegment[] = []): z.infer<S> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      this.report([...at, ...(issue.path as TPathSegment[])], issue.message);
    }
    return undefined;
  }
}

function readFactFile(root: string, relative: string, problems: TFactProblem[]): FactFile {
  return new FactFile(path.join("questions", relative), readFileSync(path.join(root, relative), "utf8"), problems);
}

function parseFact(file: FactFile, raw: unknown, at: TPathSegment[], country: string | undefined): TFact | undefined {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !(type in FACT_SCHEMAS)) {
    file.report([...at, "type"], `expected one of ${Object.keys(FACT_SCHEMAS).join(", ")}, got ${JSON.stringify(type)}`);
    return undefined;
  }
  const parsed = file.parse(FACT_SCHEMAS[type as keyof typeof FACT_SCHEMAS], raw, at);
  return parsed ? ({ ...parsed, country, origin: file.relative } as TFact) : undefined;
}

type TLocated = { file: FactFile; at: TPathSegment[] };

/** Loads and checks the whole fact base; `problems` is empty when it is sound. */
export function loadFactBase(root: string = QUESTIONS_DIR): { kb?: TKnowledgeBase; problems: TFactProblem[] } {
  const problems: TFactProblem[] = [];
  const factsDir = path.join(root, "facts");

  const sourcesFile = readFactFile(root, "facts/sources.yaml", problems);
  const sources = new Map<string, TSource>();
  for (const source of sourcesFile.parse(ZSourcesFile, sourcesFile.data) ?? []) {
    const textPath = path.join(root, "sources", source.file);
    if (!existsSync(textPath)) {
      sourcesFile.report([], `source ${source.file} is missing from questions/sources/`);
      continue;
    }
    sources.set(source.file, { ...source, text: readFileSync(textPath, "utf8") });
  }

  const orgFile = readFactFile(root, "facts/organisations.yaml", problems);
  const organisations = new Map<string, TOrganisation>();
  (orgFile.parse(ZOrganisationsFile, orgFile.data) ?? []).forEach((org, index) => {
    if (organisations.has(org.id)) orgFile.report([index, "id"], `duplicate organisation id "${org.id}"`);
    organisations.set(org.id, org);
  });

  const itemsFile = readFactFile(root, "facts/support-items.yaml", problems);
  const items = new Map<string, TSupportItem>();
  (itemsFile.parse(ZSupportItemsFile, itemsFile.data) ?? []).forEach((item, index) => {
    if (items.has(item.id)) itemsFile.report([index, "id"], `duplicate support item id "${item.id}"`);
    items.set(item.id, item);
  });

  const backgroundFile = readFactFile(root, "facts/background.yaml", problems);
  const background: TBackground = backgroundFile.parse(ZBackgroundFile, backgroundFile.data) ?? {
    memberships: {},
    events: {},
    statements: {},
    support: {},
    unVoteAgainst: [],
    nearMisses: {},
    attributionMisses: {},
    groups: {},
  };

  const countryMap = new Map<string, TCountry>();
  const people = new Map<string, TPerson>();
  const facts: TFact[] = [];
  const located = new Map<string, TLocated>();

  const addFact = (file: FactFile, raw: unknown, at: TPathSegment[], country: string | undefined) => {
    const fact = parseFact(file, raw, at, country);
    if (!fact) return;
    if (located.has(fact.id)) {
      const first = located.get(fact.id)!;
      file.report([...at, "id"], `duplicate fact id "${fact.id}" (also in ${first.file.relative})`);
      return;
    }
    located.set(fact.id, { file, at });
    facts.push(fact);
  };
  const mapCodes = mapCountryCodes();
  const addCountry = (file: FactFile, country: TCountry, at: TPathSegment[]) => {
    if (countryMap.has(country.code)) file.report([...at, "code"], `duplicate country ${country.code}`);
    if (!countries.isValid(country.code)) file.report([...at, "code"], `unknown country code ${country.code}`);
    else if (country.role !== "context" && !mapCodes.has(country.code)) {
      file.report([...at, "code"], `country ${country.code} has no shape on the world map`);
    }
    countryMap.set(country.code, country);
  };

  const contextFile = readFactFile(root, "facts/context.yaml", problems);
  const context = contextFile.parse(ZContextFile, contextFile.data);
  if (context) {
    context.countries.forEach((country, index) => addCountry(contextFile, country, ["countries", index]));
    context.people.forEach((person, index) => {
      if (people.has(person.id)) contextFile.report(["people", index, "id"], `duplicate person id "${person.id}"`);
      people.set(person.id, person);
    });
    context.facts.forEach((raw, index) => addFact(contextFile, raw, ["facts", index], undefined));
  }

  const alliesDir = path.join(factsDir, "allies");
  for (const name of readdirSync(alliesDir)
    .filter((entry) => entry.endsWith(".yaml"))
    .sort()) {
    const file = readFactFile(root, `facts/allies/${name}`, problems);
    const parsed = file.parse(ZCountryFile, file.data);
    if (!parsed) continue;
    addCountry(file, parsed.country, ["country"]);
    const expectedName = `${parsed.country.code.toLowerCase()}.yaml`;
    if (name !== expectedName)
      file.report(["country", "code"], `the file of ${parsed.country.code} must be named ${expectedName}`);
    parsed.facts.forEach((raw, index) => addFact(file, raw, ["facts", index], parsed.country.code));
  }

  for (const fact of facts) {
    if (fact.type !== "leader") continue;
    const existing = people.get(fact.personId);
    if (existing && existing.country !== fact.country) {
      const { file, at } = located.get(fact.id)!;
      file.report([...at, "personId"], `person "${fact.personId}" already leads ${existing.country}`);
    }
    people.set(fact.personId, { id: fact.personId, name: fact.person, role: fact.role, country: fact.country! });
  }

  checkReferences({ facts, located, sources, organisations, items, people, countries: countryMap, background, backgroundFile });
  if (problems.length) return { problems };

  return {
    kb: {
      sources,
      countries: countryMap,
      people,
      organisations,
      items,
      facts,
      factsById: new Map(facts.map((fact) => [fact.id, fact])),
      background,
    },
    problems,
  };
}

function checkReferences(input: {
  facts: TFact[];
  located: Map<string, TLocated>;
  sources: Map<string, TSource>;
  organisations: Map<string, TOrganisation>;
  items: Map<string, TSupportItem>;
  people: Map<string, TPerson>;
  countries: Map<string, TCountry>;
  background: TBackground;
  backgroundFile: FactFile;
}): void {
  const { facts, located, sources, organisations, items, people, background, backgroundFile } = input;

  for (const fact of facts) {
    const { file, at } = located.get(fact.id)!;
    fact.sources.forEach((source, index) => {
      const text = sources.get(source.file)?.text;
      if (text === undefined) {
        file.report([...at, "sources", index, "file"], `unknown source file ${source.file} (see questions/facts/sources.yaml)`);
      } else if (!text.includes(source.quote)) {
        file.report([...at, "sources", index, "quote"], `not found verbatim in ${source.file}`);
      }
    });
    const requireCountry = (code: string, segment: TPathSegment[]) => {
      if (!countries.isValid(code)) file.report([...at, ...segment], `unknown country code ${code}`);
      else if (!input.countries.has(code)) file.report([...at, ...segment], `country ${code} has no entry in the fact base`);
    };
    switch (fact.type) {
      case "membership":
        if (!organisations.has(fact.organisation))
          file.report([...at, "organisation"], `unknown organisation "${fact.organisation}"`);
        break;
      case "support":
        fact.items.forEach((item, index) => {
          if (!items.has(item)) file.report([...at, "items", index], `unknown support item "${item}" (see support-items.yaml)`);
        });
        break;
      case "quote":
        if (!people.has(fact.speaker)) file.report([...at, "speaker"], `unknown person "${fact.speaker}"`);
        if (!fact.indirect && !fact.sources.some((source) => source.quote.includes(fact.text.de))) {
          file.report([...at, "text", "de"], "a direct quote must appear word for word in one of its source sentences");
        }
        break;
      case "event":
        if (fact.actor && !people.has(fact.actor)) file.report([...at, "actor"], `unknown person "${fact.actor}"`);
        break;
      case "statement":
        if (fact.subjectOrganisation && !organisations.has(fact.subjectOrganisation)) {
          file.report([...at, "subjectOrganisation"], `unknown organisation "${fact.subjectOrganisation}"`);
        }
        if (fact.claim.de.includes("{country}") && !fact.country) {
          file.report([...at, "claim"], "{country} needs the fact to sit in a country's file");
        }
        if (fact.exclusive && !fact.claim.de.includes(fact.subjectOrganisation ? "{organisation}" : "{country}")) {
          file.report([...at, "claim"], "an exclusive claim needs a {country} or {organisation} placeholder");
        }
        break;
      case "group":
        fact.members.forEach((code, index) => requireCountry(code, ["members", index]));
        break;
      case "number":
        if (fact.claim.de.includes("{value}") !== fact.claim.en.includes("{value}")) {
          file.report([...at, "claim"], "use {value} in both languages or in neither");
        }
        break;
      default:
        break;
    }
  }

  const checkCodes = (codes: string[], segments: TPathSegment[]) =>
    codes.forEach((code, index) => {
      if (!countries.isValid(code)) backgroundFile.report([...segments, index], `unknown country code ${code}`);
    });
  for (const [org, codes] of Object.entries(background.memberships)) {
    if (!organisations.has(org)) backgroundFile.report(["memberships", org], `unknown organisation "${org}"`);
    checkCodes(codes, ["memberships", org]);
  }
  for (const [id, event] of Object.entries(background.events)) {
    const fact = facts.find((candidate) => candidate.id === id);
    if (fact?.type !== "event") backgroundFile.report(["events", id], `no event fact "${id}"`);
    else if (event.years.length && !fact.detail) {
      const { file, at } = located.get(id)!;
      file.report([...at, "detail"], "events of this kind recur (background.yaml): name the detail that makes this one unique");
    }
    event.present.forEach((person, index) => {
      if (!people.has(person)) backgroundFile.report(["events", id, "present", index], `unknown person "${person}"`);
    });
  }
  for (const [id, codes] of Object.entries(background.statements)) {
    const fact = facts.find((candidate) => candidate.id === id);
    if (fact?.type !== "statement") backgroundFile.report(["statements", id], `no statement fact "${id}"`);
    checkCodes(codes, ["statements", id]);
  }
  for (const [item, codes] of Object.entries(background.support)) {
    if (!items.has(item)) backgroundFile.report(["support", item], `unknown support item "${item}"`);
    checkCodes(codes, ["support", item]);
  }
  checkCodes(background.unVoteAgainst, ["unVoteAgainst"]);
  for (const id of Object.keys(background.nearMisses)) {
    if (!facts.some((fact) => fact.id === id)) backgroundFile.report(["nearMisses", id], `no fact "${id}"`);
  }
  for (const [id, codes] of Object.entries(background.attributionMisses)) {
    const fact = facts.find((candidate) => candidate.id === id);
    if (fact?.type !== "statement" || fact.exclusive || !fact.country)
      backgroundFile.report(["attributionMisses", id], `no statement fact about a country that is not exclusive: "${id}"`);
    else if (codes.includes(fact.country)) backgroundFile.report(["attributionMisses", id], `lists the fact's own country`);
    else if (background.statements[id]?.some((code) => codes.includes(code)))
      backgroundFile.report(["attributionMisses", id], `lists a country the statement may also fit (statements)`);
    checkCodes(codes, ["attributionMisses", id]);
  }
  for (const [group, codes] of Object.entries(background.groups)) {
    if (facts.find((fact) => fact.id === group)?.type !== "group")
      backgroundFile.report(["groups", group], `no group fact "${group}"`);
    checkCodes(codes, ["groups", group]);
  }
}
