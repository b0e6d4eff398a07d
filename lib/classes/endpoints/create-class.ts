// /api/groups (POST): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { createGroup } from "@/lib/classes/queries/groups";
import { readJson } from "@/lib/platform/http/body";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { ZCreateGroup } from "@/lib/classes/schemas";

/** A teacher creates a group (a class): its join code for students and a key to manage it. */
export async function createClassEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZCreateGroup);
  if (!parsed.ok) return parsed.response;
  const limited = await rateLimit("write", { address: clientAddress(request) });
  if (limited) return limited;
  const { group, manageKey } = await createGroup(getDb(), parsed.data);
  return Response.json({ group, manageKey }, { status: 201, headers: { "Cache-Control": "no-store" } });
}
