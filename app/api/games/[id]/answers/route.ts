import { readJson } from "@/lib/http/body";
import { apiError } from "@/lib/http/errors";
import { handler, type TIdParams } from "@/lib/http/handler";
import { clientAddress, rateLimit } from "@/lib/http/rate-limit";
import { receiveLiveAnswer } from "@/lib/live/answers";
import { receiveAssignmentAnswer } from "@/lib/live/assignment-answer";
import { livePlayer } from "@/lib/live/player-access";
import { ZGameAnswer } from "@/lib/validation/games";

export const dynamic = "force-dynamic";

/**
 * A player's answer. Live: acknowledged once stored (201; 200 for the same player's second answer, which does
 * not count); right or wrong comes with everyone's at the reveal. An answer to a closed or another question is
 * refused (409) and not counted. Assignment: graded at once, with the solution.
 */
export const POST = handler(async (request: Request, { params }: TIdParams) => {
  // The server's clock, first thing: the answer's time is measured to its arrival, not to the end of parsing.
  const receivedAt = Date.now();
  const parsed = await readJson(request, ZGameAnswer);
  if (!parsed.ok) return parsed.response;
  const access = await livePlayer((await params).id);
  if (!access.ok) return access.response;
  const limited = await rateLimit("answer", { player: access.slot.id, address: clientAddress(request) });
  if (limited) return limited;
  const reply =
    access.live.room.state.mode === "live"
      ? await receiveLiveAnswer(access.live, access.slot, parsed.data, receivedAt)
      : await receiveAssignmentAnswer(access.live, access.slot, parsed.data, receivedAt);
  if ("code" in reply) return apiError(reply.status, reply.code, reply.message, reply.field ? [{ field: reply.field, message: reply.message }] : undefined);
  return Response.json(reply.body, { status: reply.status, headers: { "Cache-Control": "no-store" } });
});
