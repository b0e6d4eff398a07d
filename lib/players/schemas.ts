import { z } from "zod";
import { NICKNAME_MAX } from "@/lib/players/rules/nickname";

export const ZNicknameInput = z.strictObject({ nickname: z.string().max(NICKNAME_MAX * 4, "the nickname is far too long") });
export const ZRecoverInput = z.strictObject({ code: z.string().min(1, "enter your recovery code").max(40) });
