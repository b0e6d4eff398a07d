// A class as its teacher manages it: only the signed-in teacher it belongs to reaches it; for anyone else it does
// not exist (404, never its data).
import { getDb, getDbHandle } from "@/lib/platform/db/client";
import { findOwnedGroup, renewJoinCode, setGroupScoring } from "@/lib/classes/queries/groups";
import { classRoster, removeMember } from "@/lib/classes/queries/roster";
import type { TGroup } from "@/lib/classes/types";
import { ZUpdateGroup } from "@/lib/classes/schemas";
import { readJson } from "@/lib/platform/http/body";
import { notFound } from "@/lib/platform/http/errors";
import { requireTeacher } from "@/lib/teachers/endpoints/session";
import type { TTeacher } from "@/lib/teachers/types";
import { rebuildBoardsForPlayers } from "@/lib/leaderboards/use-cases/rebuild-boards";
import { invalidateAllBoards } from "@/lib/leaderboards/use-cases/board-cache";
import { publishLeaderboardChange } from "@/lib/leaderboards/use-cases/board-events";

type TLoaded = { ok: true; group: TGroup; teacher: TTeacher } | { ok: false; response: Response };

export async function loadOwnedClass(request: Request, id: string): Promise<TLoaded> {
  const signedIn = await requireTeacher(request);
  if (!signedIn.ok) return signedIn;
  const group = await findOwnedGroup(getDb(), id, signedIn.teacher.id);
  return group ? { ok: true, group, teacher: signedIn.teacher } : { ok: false, response: notFound(`class "${id}"`) };
}

const noStore = { headers: { "Cache-Control": "no-store" } };

/** PATCH /api/groups/<id>: the teacher changes how the class scores. */
export async function updateClassEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadOwnedClass(request, id);
  if (!loaded.ok) return loaded.response;
  const parsed = await readJson(request, ZUpdateGroup);
  if (!parsed.ok) return parsed.response;
  return Response.json({ group: await setGroupScoring(getDb(), id, parsed.data.scoring) }, noStore);
}

/** DELETE /api/groups/<id>: the class, its memberships and its boards are gone; its games stay, without a class. */
export async function deleteClassEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadOwnedClass(request, id);
  if (!loaded.ok) return loaded.response;
  const db = getDb();
  await db.$transaction([db.leaderboardEntry.deleteMany({ where: { scope: id } }), db.group.delete({ where: { id } })]);
  invalidateAllBoards(db);
  await publishLeaderboardChange({ rebuilt: true });
  return Response.json({ deleted: true }, noStore);
}

/** POST /api/groups/<id>/code: a new join code; the old one stops working. */
export async function renewCodeEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadOwnedClass(request, id);
  if (!loaded.ok) return loaded.response;
  return Response.json({ group: await renewJoinCode(getDb(), id) }, noStore);
}

/** GET /api/groups/<id>/members: the roster. */
export async function rosterEndpoint(request: Request, id: string): Promise<Response> {
  const loaded = await loadOwnedClass(request, id);
  if (!loaded.ok) return loaded.response;
  return Response.json({ members: await classRoster(getDb(), id) }, noStore);
}

/**
 * DELETE /api/groups/<id>/members/<player>: the student leaves the class; their rows on its board are rebuilt
 * from what they posted (so none remain there), and open boards hear of it.
 */
export async function removeMemberEndpoint(request: Request, id: string, playerId: string): Promise<Response> {
  const loaded = await loadOwnedClass(request, id);
  if (!loaded.ok) return loaded.response;
  const handle = getDbHandle();
  if (!(await removeMember(handle.db, id, playerId))) return notFound(`member "${playerId}" of this class`);
  await rebuildBoardsForPlayers(handle, [playerId]);
  return Response.json({ removed: true }, noStore);
}
