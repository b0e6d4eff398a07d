// Learn mode's shapes shared by pages and components.
import type { TLearnFact } from "@/lib/learn/rules/fact-deck";

/** What the progress page needs of each fact: which countries and themes it counts for. */
export type TFactSummary = Pick<TLearnFact, "id" | "countries" | "themes">;
