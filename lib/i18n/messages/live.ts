// Live classroom games: hosting, joining, playing, reports; self-paced assignments.
import type { TMessages } from "./types";

export const liveMessages = {} as const satisfies TMessages;
