// /api/teacher/claim (POST): what this browser made before its teacher had an account becomes the account's:
// games by the browser's host key, classes by the keys the browser kept for them.
import { getDb } from "@/lib/platform/db/client";
import { readJson } from "@/lib/platform/http/body";
import { claimGroups } from "@/lib/classes/queries/groups";
import { claimGames } from "@/lib/games/queries/teacher-games";
import { HOST_COOKIE } from "@/lib/games/endpoints/session";
import { readCookie } from "@/lib/platform/http/cookies";
import { ZClaim } from "@/lib/teachers/schemas";
import { requireTeacher } from "./session";

export async function claimEndpoint(request: Request): Promise<Response> {
  const signedIn = await requireTeacher(request);
  if (!signedIn.ok) return signedIn.response;
  const parsed = await readJson(request, ZClaim);
  if (!parsed.ok) return parsed.response;
  const db = getDb();
  const games = await claimGames(db, signedIn.teacher.id, readCookie(request.headers.get("cookie"), HOST_COOKIE));
  const groups = await claimGroups(db, signedIn.teacher.id, parsed.data.groups);
  return Response.json({ games, groups }, { headers: { "Cache-Control": "no-store" } });
}
