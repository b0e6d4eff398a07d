import { getDb } from "@/lib/platform/db/client";
import { canManageGroup, findGroup, setGroupScoring } from "@/lib/classes/queries/groups";
import { readJson } from "@/lib/platform/http/body";
import { apiError, notFound } from "@/lib/platform/http/errors";
import { handler, type TIdParams } from "@/lib/platform/http/handler";
import { ZUpdateGroup } from "@/lib/classes/schemas";

export const dynamic = "force-dynamic";

async function groupFor(params: TIdParams["params"]) {
  const { id } = await params;
  return /^[0-9a-f-]{36}$/.test(id) ? findGroup(getDb(), id) : undefined;
}

/** A group's name, scoring and size; its join code only for the teacher (X-Group-Key: the key from creating it). */
export const GET = handler(async (request: Request, { params }: TIdParams) => {
  const group = await groupFor(params);
  if (!group) return notFound("group");
  if (await canManageGroup(getDb(), group.id, request.headers.get("x-group-key") ?? "")) return Response.json({ group });
  const { joinCode, ...shown } = group;
  void joinCode;
  return Response.json({ group: shown }, { headers: { "Cache-Control": "no-store" } });
});

/** The teacher changes how the group scores (X-Group-Key: the key from creating it). */
export const PATCH = handler(async (request: Request, { params }: TIdParams) => {
  const group = await groupFor(params);
  if (!group) return notFound("group");
  if (!(await canManageGroup(getDb(), group.id, request.headers.get("x-group-key") ?? ""))) {
    return apiError(403, "not_group_owner", "only the teacher who created the group can change it");
  }
  const parsed = await readJson(request, ZUpdateGroup);
  if (!parsed.ok) return parsed.response;
  return Response.json({ group: await setGroupScoring(getDb(), group.id, parsed.data.scoring) });
});
