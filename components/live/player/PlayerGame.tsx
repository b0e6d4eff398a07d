"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TMeView } from "@/lib/games/events";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { AssignmentPlayer } from "./AssignmentPlayer";
import { LivePlayer } from "./LivePlayer";

type TLoad =
  | { state: "loading" }
  | { state: "ready"; view: TMeView }
  | { state: "not-joined" }
  | { state: "removed" }
  | { state: "error"; message: string };

/** Who this browser is in the game (from its game cookie), then the live game or the assignment. */
export function PlayerGame({ gameId }: { gameId: string }) {
  const t = useT();
  const [load, setLoad] = useState<TLoad>({ state: "loading" });
  useEffect(() => {
    void api<TMeView>(`/api/games/${gameId}/me`).then((result) => {
      if (result.ok) return setLoad({ state: "ready", view: result.data });
      if (result.status === 401 || result.status === 404) return setLoad({ state: "not-joined" });
      if (result.status === 403) return setLoad({ state: "removed" });
      setLoad({ state: "error", message: result.status === 0 ? t("common.offline") : result.message });
    });
  }, [gameId, t]);

  switch (load.state) {
    case "loading":
      return <p role="status">{t("common.loading")}</p>;
    case "not-joined":
      return (
        <div className="phone-panel" role="status">
          <p>{t("live.play.notJoined")}</p>
          <Link className="btn btn-primary" href="/join">
            {t("live.play.toJoin")}
          </Link>
        </div>
      );
    case "removed":
      return (
        <p className="phone-panel is-late" role="alert">
          {t("live.play.kicked")}
        </p>
      );
    case "error":
      return (
        <p className="feedback is-wrong" role="alert">
          {t("common.error", { message: load.message })}
        </p>
      );
    case "ready":
      return load.view.game.mode === "assignment" ? (
        <AssignmentPlayer gameId={gameId} initial={load.view} />
      ) : (
        <LivePlayer
          gameId={gameId}
          setId={load.view.game.setId}
          setTitle={load.view.game.setTitle}
          nickname={load.view.me.nickname}
        />
      );
  }
}
