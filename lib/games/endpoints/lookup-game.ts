// /api/games/lookup (GET): the endpoint its route file serves, and the HTTP server's fast path too (plain request).
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { invalidInput, refused } from "@/lib/platform/http/errors";
import { clientAddress, guessLimit } from "@/lib/platform/http/rate-limit";
import { findJoinableGame } from "@/lib/games/use-cases/join-game";
import { gamePlayerOfRequest } from "./player-cookie";
import { joinAdmission } from "./join-admission";
import { ZGamePin } from "@/lib/games/schemas";
import { gameSettings } from "@/lib/games/queries/games";
import { gameTitle } from "@/lib/games/rules/title";

/** The join page's first step: is there a game with this PIN that can be joined (or that this browser plays in)? */
export function lookupGameEndpoint(request: Request): Promise<Response> {
  return joinAdmission().run(() => lookUp(request));
}

async function lookUp(request: Request): Promise<Response> {
  const pin = ZGamePin.safeParse(new URL(request.url).searchParams.get("pin") ?? "");
  if (!pin.success) return invalidInput(pin.error);
  const guess = await guessLimit("lookup", clientAddress(request));
  if (guess.refused) return guess.refused;
  const found = await findJoinableGame(pin.data, async (gameId) => gamePlayerOfRequest(request, gameId));
  if (!found.ok) {
    if (found.error.code === "unknown_pin") await guess.failed();
    return refused(found.error);
  }
  const { game, rejoin } = found.found;
  const { sets } = await getQuestionBank();
  const setTitle = gameTitle({ setId: game.setId, practice: gameSettings(game).practice }, sets);
  return Response.json(
    {
      game: { id: game.id, mode: game.mode, status: game.status, setTitle },
      rejoin: rejoin ?? null,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
