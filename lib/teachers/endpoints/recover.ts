// /api/teacher/recover (POST): a forgotten password, without a mail server. The recovery code shown at sign-up
// sets a new password; every device is signed out, this one signed in, and a new code replaces the used one.
// Wrong codes count like wrong passwords.
import { getAuth } from "@/lib/teachers/auth";
import { accountEmail } from "@/lib/teachers/rules/login";
import { ZRecover } from "@/lib/teachers/schemas";
import { apiError } from "@/lib/platform/http/errors";
import { getDb } from "@/lib/platform/db/client";
import { issueRecoveryCode, recoveryCodeMatches } from "@/lib/teachers/queries/recovery";
import { countFailure, countSuccess } from "@/lib/teachers/use-cases/wrong-passwords";
import { withAuthCookies } from "./auth-response";
import { readLoginAttempt } from "./login-attempt";

const WRONG = "the user name, e-mail or recovery code is wrong";

export async function recoverEndpoint(request: Request): Promise<Response> {
  const attempt = await readLoginAttempt(request, ZRecover);
  if (!attempt.ok) return attempt.response;
  const { data, login, key, address } = attempt;
  const db = getDb();
  const teacher = await db.teacher.findUnique({ where: { email: accountEmail(login) } });
  if (!teacher || !recoveryCodeMatches(data.recoveryCode, teacher.recoveryHash)) {
    countFailure(key, address);
    return apiError(401, "wrong_recovery_code", WRONG, [{ field: "recoveryCode", message: WRONG }]);
  }
  countSuccess(key);
  const auth = await getAuth();
  const context = await auth.$context;
  await context.internalAdapter.updatePassword(teacher.id, await context.password.hash(data.newPassword));
  await context.internalAdapter.deleteUserSessions(teacher.id);
  const recoveryCode = await issueRecoveryCode(db, teacher.id);
  const { headers } = await auth.api.signInEmail({
    body: { email: teacher.email, password: data.newPassword },
    headers: request.headers,
    returnHeaders: true,
  });
  return withAuthCookies(request, headers, { teacher: { id: teacher.id, name: teacher.name }, recoveryCode });
}
