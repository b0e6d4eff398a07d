import { handler } from "@/lib/platform/http/handler";
import { removeMemberEndpoint } from "@/lib/classes/endpoints/owned-class";

export const dynamic = "force-dynamic";

/** The class's teacher removes a student. */
export const DELETE = handler(async (request: Request, { params }: { params: Promise<{ id: string; playerId: string }> }) => {
  const { id, playerId } = await params;
  return removeMemberEndpoint(request, id, playerId);
});
