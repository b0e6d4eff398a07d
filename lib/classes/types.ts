// What a class is, as pages, forms and the API show it.
import type { TScoringMode } from "@/lib/scoring/types";

export type TGroup = { id: string; name: string; joinCode: string; scoring: TScoringMode; memberCount: number };
