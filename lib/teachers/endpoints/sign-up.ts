// /api/teacher/sign-up (POST): a new teacher account, signed in at once, with its recovery code (shown once).
import { getAuth } from "@/lib/teachers/auth";
import { accountEmail, parseLogin } from "@/lib/teachers/rules/login";
import { ZSignUp } from "@/lib/teachers/schemas";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { authErrorCode, withAuthCookies } from "./auth-response";
import { issueRecoveryCode } from "@/lib/teachers/queries/recovery";
import { getDb } from "@/lib/platform/db/client";

const TAKEN = new Set(["USERNAME_IS_ALREADY_TAKEN", "USER_ALREADY_EXISTS", "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL"]);

export async function signUpEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZSignUp);
  if (!parsed.ok) return parsed.response;
  const limited = await rateLimit("teacherSignUp", { address: clientAddress(request) });
  if (limited) return limited;
  const login = parseLogin(parsed.data.login);
  if (!login.ok) return apiError(400, "invalid_login", login.message, [{ field: "login", message: login.message }]);
  const auth = await getAuth();
  try {
    const { headers, response } = await auth.api.signUpEmail({
      body: {
        name: parsed.data.name,
        email: accountEmail(login.login),
        password: parsed.data.password,
        ...(login.login.kind === "username" ? { username: login.login.username } : {}),
      },
      headers: request.headers,
      returnHeaders: true,
    });
    const recoveryCode = await issueRecoveryCode(getDb(), response.user.id);
    return withAuthCookies(request, headers, { teacher: { id: response.user.id, name: response.user.name }, recoveryCode }, 201);
  } catch (error) {
    const code = authErrorCode(error);
    if (code && TAKEN.has(code)) {
      const message =
        login.login.kind === "username"
          ? "this user name is taken; choose another"
          : "an account with this e-mail exists; sign in";
      return apiError(409, "login_taken", message, [{ field: "login", message }]);
    }
    if (code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG")
      return apiError(400, "invalid_password", "the password needs 10 to 128 characters", [
        { field: "password", message: "10 to 128 characters" },
      ]);
    throw error;
  }
}
