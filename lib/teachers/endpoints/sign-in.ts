// /api/teacher/sign-in (POST): user name or e-mail plus password. A wrong one says so without telling which was
// wrong, and makes the next try wait a little longer (per account and per address; never a lockout).
import { getAuth } from "@/lib/teachers/auth";
import { ZSignIn } from "@/lib/teachers/schemas";
import { apiError } from "@/lib/platform/http/errors";
import { countFailure, countSuccess } from "@/lib/teachers/use-cases/wrong-passwords";
import { authErrorCode, withAuthCookies } from "./auth-response";
import { readLoginAttempt } from "./login-attempt";

export const WRONG_LOGIN_MESSAGE = "the user name, e-mail or password is wrong";

export async function signInEndpoint(request: Request): Promise<Response> {
  const attempt = await readLoginAttempt(request, ZSignIn);
  if (!attempt.ok) return attempt.response;
  const { data, login, key, address } = attempt;
  const auth = await getAuth();
  try {
    const { headers, response } =
      login.kind === "username"
        ? await auth.api.signInUsername({
            body: { username: login.username, password: data.password },
            headers: request.headers,
            returnHeaders: true,
          })
        : await auth.api.signInEmail({
            body: { email: login.email, password: data.password },
            headers: request.headers,
            returnHeaders: true,
          });
    if (!response) throw new Error("sign-in returned nothing");
    countSuccess(key);
    return withAuthCookies(request, headers, { teacher: { id: response.user.id, name: response.user.name } });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_USERNAME_OR_PASSWORD" || code === "INVALID_EMAIL_OR_PASSWORD") {
      countFailure(key, address);
      return apiError(401, "wrong_login", WRONG_LOGIN_MESSAGE, [{ field: "password", message: WRONG_LOGIN_MESSAGE }]);
    }
    throw error;
  }
}
