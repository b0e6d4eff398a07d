// /api/teacher/sign-in (POST): user name or e-mail plus password. A wrong one says so without telling which was
// wrong, and makes the next try wait a little longer (per account and per address; never a lockout).
import { getAuth } from "@/lib/teachers/auth";
import { loginKey, parseLogin } from "@/lib/teachers/rules/login";
import { ZSignIn } from "@/lib/teachers/schemas";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress } from "@/lib/platform/http/rate-limit";
import { countFailure, countSuccess, mustWait } from "@/lib/teachers/use-cases/wrong-passwords";
import { authErrorCode, withAuthCookies } from "./auth-response";

export const WRONG_LOGIN_MESSAGE = "the user name, e-mail or password is wrong";

export async function signInEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZSignIn);
  if (!parsed.ok) return parsed.response;
  const login = parseLogin(parsed.data.login);
  if (!login.ok) return apiError(400, "invalid_login", login.message, [{ field: "login", message: login.message }]);
  const key = loginKey(login.login);
  const address = clientAddress(request);
  const waiting = mustWait(key, address);
  if (waiting) return waiting;
  const auth = await getAuth();
  try {
    const { headers, response } =
      login.login.kind === "username"
        ? await auth.api.signInUsername({
            body: { username: login.login.username, password: parsed.data.password },
            headers: request.headers,
            returnHeaders: true,
          })
        : await auth.api.signInEmail({
            body: { email: login.login.email, password: parsed.data.password },
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
