// The teacher behind a request: better-auth's session cookie, checked against TeacherSession.
import "server-only";
import { headers as nextHeaders } from "next/headers";
import { getAuth } from "@/lib/teachers/auth";
import { apiError } from "@/lib/platform/http/errors";
import type { TTeacher } from "@/lib/teachers/types";

export async function teacherOfHeaders(headers: Headers): Promise<TTeacher | undefined> {
  if (!headers.get("cookie")?.includes("quiz_teacher")) return undefined;
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers, query: { disableRefresh: true } }).catch(() => null);
  if (!session) return undefined;
  const { user } = session;
  return { id: user.id, name: user.name, login: (user as { username?: string | null }).username ?? user.email };
}

/** The signed-in teacher of a route handler's request. */
export function currentTeacherOf(request: Request): Promise<TTeacher | undefined> {
  return teacherOfHeaders(request.headers);
}

/** The signed-in teacher of the page being rendered. */
export async function currentTeacher(): Promise<TTeacher | undefined> {
  return teacherOfHeaders(new Headers(await nextHeaders()));
}

/** The teacher, or the 401 to send. */
export async function requireTeacher(
  request: Request,
): Promise<{ ok: true; teacher: TTeacher } | { ok: false; response: Response }> {
  const teacher = await currentTeacherOf(request);
  if (teacher) return { ok: true, teacher };
  return { ok: false, response: apiError(401, "not_signed_in", "sign in as a teacher first") };
}
