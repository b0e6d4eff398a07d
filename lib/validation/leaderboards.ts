import { z } from "zod";

export const ZLeaderboardQuery = z.strictObject({
  set: z.string().regex(/^(\*|[a-z0-9-]{1,40})$/, "expected a set id or * for all sets").default("*"),
  period: z.enum(["all", "week", "day"], { error: "expected all, week or day" }).default("all"),
  group: z.string().uuid("expected a group id").optional(),
});
