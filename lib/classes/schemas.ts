import { z } from "zod";

export const ZScoringMode = z.enum(["speed", "accuracy"], { error: "expected speed or accuracy" });
export const ZCreateGroup = z.strictObject({
  name: z
    .string()
    .trim()
    .min(2, "the group name needs at least 2 characters")
    .max(60, "the group name may have at most 60 characters"),
  scoring: ZScoringMode.default("speed"),
});
export const ZJoinGroup = z.strictObject({ code: z.string().trim().min(4, "enter the group's code").max(12) });
export const ZUpdateGroup = z.strictObject({ scoring: ZScoringMode });
