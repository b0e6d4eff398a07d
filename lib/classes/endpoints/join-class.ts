// /api/groups/join (POST): the endpoint its route file serves.
import { getDb } from "@/lib/platform/db/client";
import { findGroupByCode, joinGroup } from "@/lib/classes/queries/groups";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { clientAddress, guessLimit } from "@/lib/platform/http/rate-limit";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { ensurePlayerWithin } from "@/lib/players/endpoints/session";
import { applyNickname } from "@/lib/players/endpoints/apply-nickname";
import { ZJoinGroup } from "@/lib/classes/schemas";
import { z } from "zod";

const ZJoin = ZJoinGroup.extend({ nickname: z.string().max(100).optional() });

/** A player joins a group with its code (and picks a nickname if they have none yet). */
export async function joinClassEndpoint(request: Request): Promise<Response> {
  const parsed = await readJson(request, ZJoin);
  if (!parsed.ok) return parsed.response;
  const guess = await guessLimit("classJoin", clientAddress(request));
  if (guess.refused) return guess.refused;
  const group = await findGroupByCode(getDb(), parsed.data.code);
  const lang = await getLang();
  if (!group) {
    await guess.failed();
    const message = translate(lang, "err.unknownGroupCode");
    return apiError(404, "unknown_code", message, [{ field: "code", message }]);
  }
  const ensured = await ensurePlayerWithin(request);
  if (!ensured.ok) return ensured.response;
  let player = ensured.player;
  if (parsed.data.nickname !== undefined) {
    const named = await applyNickname(player, parsed.data.nickname);
    if (!named.ok) return named.response;
    player = named.player;
  }
  if (!player.nickname) {
    const message = translate(lang, "err.nicknameRequired");
    return apiError(400, "nickname_required", message, [{ field: "nickname", message }]);
  }
  await joinGroup(getDb(), group.id, player.id);
  return Response.json({ group, player });
}
