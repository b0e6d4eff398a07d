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
});
export type TSourceRef = z.infer<typeof ZSourceRef>;

const factCommon = {
  id: ZFactId,
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
  period: z.strictObject({ from: ZIsoDate.optional(), to: ZIsoDate.optional(), text: ZLocalized }).optional(),
});

export const ZMembershipFact = z.strictObject({ ...factCommon, type: z.literal("membership"), organisation: ZRefId });

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

export const ZFact = z.union([
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
    asOf: ZIsoDate,
    asOfBasis: ZLocalized,
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
  }),
);

export const ZBackgroundFile = z.strictObject({
  memberships: z.record(z.string(), z.array(ZCountryCode)),
  support: z.record(z.string(), z.array(ZCountryCode)),
  unVoteAgainst: z.array(ZCountryCode),
  groups: z.record(z.string(), z.array(ZCountryCode)),
});
