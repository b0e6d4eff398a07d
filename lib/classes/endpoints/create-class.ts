// /api/groups (POST): a signed-in teacher creates a class; students join it with its code.
import { getDb } from "@/lib/platform/db/client";
import { createGroup } from "@/lib/classes/queries/groups";
import { readJson } from "@/lib/platform/http/body";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { ZCreateGroup } from "@/lib/classes/schemas";
import { requireTeacher } from "@/lib/teachers/endpoints/session";

export async function createClassEndpoint(request: Request): Promise<Response> {
  const signedIn = await requireTeacher(request);
  if (!signedIn.ok) return signedIn.response;
  const parsed = await readJson(request, ZCreateGroup);
  if (!parsed.ok) return parsed.response;
  const limited = await rateLimit("write", { player: signedIn.teacher.id, address: clientAddress(request) });
  if (limited) return limited;
  const { group } = await createGroup(getDb(), { ...parsed.data, ownerId: signedIn.teacher.id });
  return Response.json({ group }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
