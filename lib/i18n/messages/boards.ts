// Leaderboards, groups (classes) and the player's identity.
import type { TMessages } from "./types";

export const boardsMessages = {} as const satisfies TMessages;
