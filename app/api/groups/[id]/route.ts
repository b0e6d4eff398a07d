import { getDb } from "@/lib/platform/db/client";
import { findGroup, isClassOwner } from "@/lib/classes/queries/groups";
import { notFound } from "@/lib/platform/http/errors";
import { idRoute } from "@/lib/platform/http/handler";
import { deleteClassEndpoint, updateClassEndpoint } from "@/lib/classes/endpoints/owned-class";
import { currentTeacherOf } from "@/lib/teachers/endpoints/session";

export const dynamic = "force-dynamic";

/** A class's name, scoring and size; its join code only for the teacher it belongs to. */
export const GET = idRoute(async (request, id) => {
  const group = /^[0-9a-f-]{36}$/.test(id) ? await findGroup(getDb(), id) : undefined;
  if (!group) return notFound("group");
  const teacher = await currentTeacherOf(request);
  const owned = await isClassOwner(getDb(), id, teacher?.id);
  const { joinCode, ...shown } = group;
  return Response.json({ group: owned ? { ...shown, joinCode } : shown }, { headers: { "Cache-Control": "no-store" } });
});

export const PATCH = idRoute(updateClassEndpoint);
export const DELETE = idRoute(deleteClassEndpoint);
