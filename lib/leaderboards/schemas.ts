import { z } from "zod";

export const ZLeaderboardQuery = z.strictObject({
  set: z
    .string()
    .regex(/^(\*|[a-z0-9-]{1,40})$/, "expected a set id or * for all sets")
    .default("*"),
  period: z.enum(["all", "week", "day"], { error: "expected all, week or day" }).default("all"),
  group: z.string().uuid("expected a group id").optional(),
  // How many of the best to list: 0 for only the viewer's own rank and neighbours.
  top: z.coerce
    .number({ error: "expected a whole number from 0 to 100" })
    .int("expected a whole number from 0 to 100")
    .min(0)
    .max(100)
    .default(100),
});
