// The players' endpoints of a live game: the event stream, the pong that measures their round trip, and answers.
// They take a web Request and give a Response without anything Next.js-specific, so the HTTP server can serve
// them directly (lib/platform/server/fast-routes.ts): thousands of players answer within seconds, and the framework's
// per-request work would cost more than the answer itself. app/api/games/[id]/... serve the same functions.
import { readJson } from "@/lib/platform/http/body";
import { apiError, refused } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { smoothRtt } from "@/lib/answering/rules/live-timing";
import { limitedSseResponse, STREAMS_PER_PLAYER } from "@/lib/platform/realtime/stream-limits";
import { ZGameAnswer, ZPong } from "@/lib/games/schemas";
import { receiveLiveAnswer } from "@/lib/games/use-cases/live-answer";
import { receiveAssignmentAnswer, showAssignmentQuestion } from "@/lib/games/use-cases/assignment-answer";
import { livePlayer } from "./player-access";
import { connectPlayer } from "@/lib/games/use-cases/runtime";

const noStore = { "Cache-Control": "no-store" };

/** A player's Server-Sent Events: where the game is on connect, then each question, their result, the end. */
export async function playerEvents(request: Request, gameId: string): Promise<Response> {
  const access = await livePlayer(request, gameId);
  if (!access.ok) return access.response;
  const claims = [{ key: `player:${access.slot.id}`, cap: STREAMS_PER_PLAYER, who: "this player" }];
  return limitedSseResponse(request, claims, (writer) => connectPlayer(access.live, access.slot, writer));
}

/** The browser's answer to the ping on its stream: the server's measure of this player's round trip. */
export async function playerPong(request: Request, gameId: string): Promise<Response> {
  const receivedAt = Date.now();
  const parsed = await readJson(request, ZPong);
  if (!parsed.ok) return parsed.response;
  const access = await livePlayer(request, gameId);
  if (!access.ok) return access.response;
  if (!access.live.room.pong(access.slot, parsed.data.pingId, receivedAt, smoothRtt)) {
    return apiError(409, "unknown_ping", "this ping is not the latest one sent to you");
  }
  return new Response(null, { status: 204, headers: noStore });
}

/**
 * A player's answer. Live: acknowledged once stored (201; 200 for the same player's second answer, which does
 * not count); right or wrong comes with everyone's at the reveal. An answer to a closed or another question is
 * refused (409) and not counted. Assignment: graded at once, with the solution.
 */
export async function playerAnswer(request: Request, gameId: string): Promise<Response> {
  // The server's clock, first thing: the answer's time is measured to its arrival, not to the end of parsing.
  const receivedAt = Date.now();
  const parsed = await readJson(request, ZGameAnswer);
  if (!parsed.ok) return parsed.response;
  const access = await livePlayer(request, gameId);
  if (!access.ok) return access.response;
  const limited = await rateLimit("liveAnswer", { player: access.slot.id, address: clientAddress(request) });
  if (limited) return limited;
  const reply =
    access.live.room.state.mode === "live"
      ? await receiveLiveAnswer(access.live, access.slot, parsed.data, receivedAt)
      : await receiveAssignmentAnswer(access.live, access.slot, parsed.data, receivedAt);
  if ("code" in reply) return refused(reply);
  return Response.json(reply.body, { status: reply.status, headers: noStore });
}

/** An assignment: the phone shows the player's current question, whose clock starts now (once). */
export async function playerNextQuestion(request: Request, gameId: string): Promise<Response> {
  const receivedAt = Date.now();
  const access = await livePlayer(request, gameId);
  if (!access.ok) return access.response;
  const limited = await rateLimit("next", { player: access.slot.id, address: clientAddress(request) });
  if (limited) return limited;
  const reply = await showAssignmentQuestion(access.live, access.slot, receivedAt);
  if ("code" in reply) return apiError(reply.status, reply.code, reply.message);
  return Response.json(reply.view, { status: reply.status, headers: noStore });
}
