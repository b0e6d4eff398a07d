import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/teachers/rules/login";

const login = z.string().trim().min(1, "enter your user name or e-mail address").max(120, "at most 120 characters");
const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `the password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(128, "the password may have at most 128 characters");

export const ZSignUp = z.strictObject({
  name: z.string().trim().min(2, "your name needs at least 2 characters").max(60, "your name may have at most 60 characters"),
  login,
  password,
});
export const ZSignIn = z.strictObject({ login, password: z.string().min(1, "enter your password").max(128) });
export const ZRecover = z.strictObject({
  login,
  recoveryCode: z.string().min(1, "enter your recovery code").max(40),
  newPassword: password,
});
export const ZSignOut = z.strictObject({ everywhere: z.boolean().default(false) });
export const ZClaim = z.strictObject({
  // Classes made before accounts: their ids and the keys this browser kept for them.
  groups: z
    .array(z.strictObject({ id: z.string().max(40), key: z.string().max(100) }))
    .max(200)
    .default([]),
});
