// The shape of the fact files in questions/facts/. Checked with zod; cross-references (ids, sources, quotes)
// are checked afterwards in load.ts.
import { z } from "zod";

export const REGIONS = ["post-soviet", "asia", "middle-east", "africa"] as const;
export const THEMES = ["leaders", "military", "economy", "alliances", "numbers"] as const;
export type TRegion = (typeof REGIONS)[number];
export type TTheme = (typeof THEMES)[number];

export const ZLocalized = z.strictObject({ de: z.string().trim().min(1), en: z.string().trim().min(1) });
export type TLocalized = z.infer<typeof ZLocalized>;

const ZIsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
const ZCountryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as KZ");
const ZFactId = z.string().regex(/^[a-z]{2,3}(\.[a-z0-9-]+)+$/, "expected an id such as kz.leader.tokayev");
const ZRefId = z.string().regex(/^[a-z0-9-]+$/, "expected an id of lowercase letters, digits and -");

export const ZSourceRef = z.strictObject({
  file: z.string().min(1),
  quote: z.string().trim().min(10, "quote the whole sentence the fact rests on"),
  /** The sentence in English, shown beside the German quote to English readers. */
  en: z.string().trim().min(10, "translate the quote into English"),
});
export type TSourceRef = z.infer<typeof ZSourceRef>;

/** A status (office, membership, presence) that no longer holds: from `date` on, with what changed. */
const ZUntil = z.strictObject({ date: ZIsoDate, note: ZLocalized });

/**
 * Where the article is wrong or imprecise ("Regierungschef", "Inbrahim", "Mitglied"): every question resting on
 * the fact, or showing one of its source sentences, says so in its note. `wrong` is the article's wording, which no
 * prompt, option or explanation may repeat as its own (only a statement keyed false may use it).
 */
const ZCorrection = z.strictObject({
  note: ZLocalized,
  wrong: ZLocalized.optional(),
  /**
   * The article's claim itself does not hold in the world (DW's "Verteidigungsabkommen" with Vietnam): it is never
   * a key, only asked as the false near miss (`falseClaim`) that says what is true.
   */
  claimFalse: z.boolean().default(false),
});

const factCommon = {
  id: ZFactId,
  until: ZUntil.optional(),
  correction: ZCorrection.optional(),
  /** A sentence of context that explains why the fact matters (shown in explanations). */
  why: ZLocalized.optional(),
  sources: z.array(ZSourceRef).min(1, "a fact needs at least one source"),
  asOf: ZIsoDate.optional(),
  note: ZLocalized.optional(),
  themes: z.array(z.enum(THEMES)).optional(),
};

export const ZLeaderFact = z.strictObject({
  ...factCommon,
  type: z.literal("leader"),
  personId: ZRefId,
  person: ZLocalized,
  role: ZLocalized,
  status: z.enum(["in-office", "former", "deceased"]).default("in-office"),
  /** A monarch's wrong options are monarchs only (a king among presidents gives the answer away). */
  monarch: z.boolean().default(false),
  /**
   * A near-miss office the person does not hold in that country (someone else holds it), for a plausible false
   * statement: "Narendra Modi ist Präsident Indiens" – he is prime minister.
   */
  notRole: z.strictObject({ role: ZLocalized, holder: ZLocalized.optional() }).optional(),
  period: z.strictObject({ from: ZIsoDate.optional(), to: ZIsoDate.optional(), text: ZLocalized }).optional(),
});

export const ZMembershipFact = z.strictObject({
  ...factCommon,
  type: z.literal("membership"),
  organisation: ZRefId,
  /** A partner country is not a member: it is never keyed "member", whatever the article says. */
  status: z.enum(["member", "partner"]).default("member"),
});

export const ZSupportFact = z.strictObject({
  ...factCommon,
  type: z.literal("support"),
  items: z.array(ZRefId).min(1),
  claim: ZLocalized,
});

export const ZNumberFact = z.strictObject({
  ...factCommon,
  type: z.literal("number"),
  value: z.number().positive(),
  qualifier: z.enum(["exact", "more-than"]),
  estimate: z.boolean().default(false),
  unit: ZLocalized,
  tolerance: z.number().nonnegative().optional(),
  ask: ZLocalized,
  claim: ZLocalized,
});

export const ZEventFact = z
  .strictObject({
    ...factCommon,
    type: z.literal("event"),
    date: ZIsoDate.optional(),
    dateBasis: z.enum(["stated", "derived"]).optional(),
    dateNote: ZLocalized.optional(),
    actor: ZRefId.optional(),
    label: ZLocalized,
    /** What makes the event unique where events of its kind recur (background.yaml events.*.years). */
    detail: ZLocalized.optional(),
    ask: ZLocalized.optional(),
    askWho: ZLocalized.optional(),
  })
  .refine((fact) => !fact.date || fact.dateBasis, {
    message: "a dated event needs dateBasis: stated or derived",
    path: ["dateBasis"],
  })
  .refine((fact) => !fact.ask || fact.date, { message: "ask (a question about the date) needs a date", path: ["ask"] })
  .refine((fact) => !fact.askWho || fact.actor, { message: "askWho needs an actor", path: ["askWho"] });

export const ZQuoteFact = z.strictObject({
  ...factCommon,
  type: z.literal("quote"),
  speaker: ZRefId,
  text: ZLocalized,
  indirect: z.boolean().default(false),
  ask: ZLocalized,
});

export const ZStatementFact = z
  .strictObject({
    ...factCommon,
    type: z.literal("statement"),
    claim: ZLocalized,
    exclusive: z.boolean().default(false),
    subjectOrganisation: ZRefId.optional(),
    ask: ZLocalized.optional(),
    /**
     * For a statement about no country: a plausible near miss that is false (by the article and in the world),
     * with why – asked as true/false instead of the claim itself, so such statements test substance.
     */
    falseClaim: z.strictObject({ claim: ZLocalized, why: ZLocalized }).optional(),
  })
  .refine((fact) => !fact.exclusive || fact.ask, { message: "an exclusive statement needs ask", path: ["ask"] });

export const ZUnVoteFact = z.strictObject({
  ...factCommon,
  type: z.literal("un-vote"),
  stance: z.enum(["against", "against-all", "not-against-all", "not-condemned"]),
});

export const ZGroupFact = z.strictObject({
  ...factCommon,
  type: z.literal("group"),
  members: z.array(ZCountryCode).min(2),
  label: ZLocalized,
  ask: ZLocalized,
  claim: ZLocalized,
});

/** How an article describes a country's regime, in its own word ("autoritär beherrscht"). */
export const ZDescriptorFact = z.strictObject({ ...factCommon, type: z.literal("descriptor"), word: ZLocalized });

export const ZFact = z.union([
  ZDescriptorFact,
  ZLeaderFact,
  ZMembershipFact,
  ZSupportFact,
  ZNumberFact,
  ZEventFact,
  ZQuoteFact,
  ZStatementFact,
  ZUnVoteFact,
  ZGroupFact,
]);
export type TFactInput = z.infer<typeof ZFact>;

export const ZCountry = z.strictObject({
  code: ZCountryCode,
  name: ZLocalized,
  /** The name after an office, German genitive or "von …": "Kasachstans", "des Iran", "von Belarus". */
  of: z.string().trim().min(1).optional(),
  region: z.enum(REGIONS).optional(),
  role: z.enum(["ally", "host", "context"]),
});

export const ZCountryFile = z.strictObject({
  country: ZCountry.refine((country) => country.role === "context" || country.region, {
    message: "an ally or host needs a region",
    path: ["region"],
  }),
  facts: z.array(z.unknown()),
});

export const ZPerson = z.strictObject({ id: ZRefId, name: ZLocalized, role: ZLocalized, country: ZCountryCode });

export const ZContextFile = z.strictObject({
  countries: z.array(ZCountry),
  people: z.array(ZPerson),
  facts: z.array(z.unknown()),
});

export const ZSourcesFile = z.array(
  z.strictObject({
    file: z.string().regex(/^[\w.-]+\.txt$/, "expected the name of a .txt file in questions/sources/"),
    label: ZLocalized,
    publisher: ZLocalized,
    /** Short name for "as of" labels: "DW", "Bildergalerie". */
    short: ZLocalized,
    /** "laut DW" / "according to DW": the attribution in running text. */
    per: ZLocalized,
    asOf: ZIsoDate,
    asOfBasis: ZLocalized,
    /** The countries the article lists as Russia's allies or supporters (for questions comparing the articles). */
    lists: z.array(ZCountryCode).min(1),
  }),
);

export const ZOrganisationsFile = z.array(
  z
    .strictObject({
      id: ZRefId,
      kind: z.enum(["alliance", "institution"]),
      the: ZLocalized.optional(),
      name: ZLocalized,
      short: ZLocalized,
      member: ZLocalized,
      /** What the organisation is, for explanations. */
      about: ZLocalized.optional(),
    })
    .refine((org) => org.kind !== "institution" || org.the, { message: "an institution needs `the`", path: ["the"] }),
);

export const ZSupportItemsFile = z.array(
  z.strictObject({
    id: ZRefId,
    category: z.enum(["military", "economy"]),
    label: ZLocalized,
    ask: ZLocalized,
    claim: ZLocalized,
    /** "Die Artikel nennen {country} als …": what the articles name (true or false by their text alone). */
    named: ZLocalized,
    /** Only one country can give it (Baikonur lies in one country): any other is known false, not just unsaid. */
    unique: z.boolean().default(false),
  }),
);

/** Who else took part in an event, and other years events of its kind happened. */
const ZBackgroundEvent = z.strictObject({
  present: z.array(ZRefId).default([]),
  years: z.array(z.number().int()).default([]),
});

export const ZBackgroundFile = z.strictObject({
  memberships: z.record(z.string(), z.array(ZCountryCode)),
  events: z.record(z.string(), ZBackgroundEvent).default({}),
  /**
   * Countries a statement may also fit in the real world ("largest importer of Russian oil"), or that the article
   * says it of elsewhere (DW's "Verteidigungsabkommen" with Vietnam, and with North Korea).
   */
  statements: z.record(z.string(), z.array(ZCountryCode)).default({}),
  support: z.record(z.string(), z.array(ZCountryCode)),
  unVoteAgainst: z.array(ZCountryCode),
  groups: z.record(z.string(), z.array(ZCountryCode)),
  /**
   * The only subjects a false true/false statement may swap in for a fact's own (by fact id): plausible near misses
   * a teacher chose ("Iran" for Russia's main base in the Middle East, not "Malaysia"). They must be false by the
   * facts too; a fact without an entry gets no swapped false statement.
   */
  nearMisses: z.record(z.string(), z.array(z.string())).default({}),
  /**
   * "Über welches Land schreibt DW sinngemäß: …?" (a statement that is not exclusive): the only countries such a
   * question may offer as wrong, by fact id – chosen with care because the statement is known false for them or
   * clearly does not fit them in the real world, not merely because the article does not say it of them. A fact
   * with fewer than two gets no such question.
   */
  attributionMisses: z.record(z.string(), z.array(ZCountryCode)).default({}),
});
