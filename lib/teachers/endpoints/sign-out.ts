// /api/teacher/sign-out (POST): this device, or with {everywhere: true} every device the account is signed in on.
import { getAuth } from "@/lib/teachers/auth";
import { ZSignOut } from "@/lib/teachers/schemas";
import { readJson } from "@/lib/platform/http/body";
import { withAuthCookies } from "./auth-response";

export async function signOutEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZSignOut);
  if (!parsed.ok) return parsed.response;
  const auth = await getAuth();
  if (parsed.data.everywhere) {
    await auth.api.revokeSessions({ headers: request.headers }).catch(() => undefined);
  }
  const { headers } = await auth.api
    .signOut({ headers: request.headers, returnHeaders: true })
    .catch(() => ({ headers: undefined }));
  return withAuthCookies(request, headers, { signedIn: false });
}
