// What signing in and recovering share: the body read, the login understood, and the wait after wrong tries.
import type { z } from "zod";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress } from "@/lib/platform/http/rate-limit";
import { loginKey, parseLogin, type TLogin } from "@/lib/teachers/rules/login";
import { mustWait } from "@/lib/teachers/use-cases/wrong-passwords";

export type TLoginAttempt<T> = { ok: true; data: T; login: TLogin; key: string; address: string };

export async function readLoginAttempt<S extends z.ZodType<{ login: string }>>(
  request: Request,
  schema: S,
): Promise<TLoginAttempt<z.infer<S>> | { ok: false; response: Response }> {
  const parsed = await readJson(request, schema);
  if (!parsed.ok) return parsed;
  const login = parseLogin(parsed.data.login);
  if (!login.ok)
    return { ok: false, response: apiError(400, "invalid_login", login.message, [{ field: "login", message: login.message }]) };
  const key = loginKey(login.login);
  const address = clientAddress(request);
  const waiting = mustWait(key, address);
  if (waiting) return { ok: false, response: waiting };
  return { ok: true, data: parsed.data, login: login.login, key, address };
}
