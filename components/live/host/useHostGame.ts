"use client";

import { useCallback, useMemo, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import { LOBBY_RECENT, type TCountEvent, type THostSnapshot, type TLobbyEvent } from "@/lib/games/events";
import type { THostActionInput } from "@/lib/games/schemas";
import { useEventStream } from "@/components/live/useEventStream";

export type THostGame = {
  snapshot?: THostSnapshot;
  /** When the snapshot arrived (Date.now), for the countdown. */
  receivedAt: number;
  answered: number;
  players: number;
  finished: number;
  status: ReturnType<typeof useEventStream>;
  error?: string;
  busy: boolean;
  act: (input: THostActionInput) => Promise<void>;
};

/** The host's game: snapshots after every step, answer counts and lobby changes between; and the controls. */
export function useHostGame(gameId: string): THostGame {
  const [snapshot, setSnapshot] = useState<THostSnapshot>();
  const [receivedAt, setReceivedAt] = useState(0);
  const [count, setCount] = useState<TCountEvent>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const handlers = useMemo(
    () => ({
      state: (next: THostSnapshot) => {
        setSnapshot(next);
        setReceivedAt(Date.now());
      },
      count: (next: TCountEvent) => setCount(next),
      lobby: (change: TLobbyEvent) =>
        setSnapshot((current) => {
          if (!current) return current;
          const removed = new Set(change.removed);
          const joined = [...change.joined].reverse().filter((player) => !removed.has(player.id));
          const known = new Set(joined.map((player) => player.id));
          const recent = [
            ...joined,
            ...current.lobby.recent.filter((player) => !removed.has(player.id) && !known.has(player.id)),
          ];
          return { ...current, lobby: { total: change.total, recent: recent.slice(0, LOBBY_RECENT) } };
        }),
    }),
    [],
  );
  const status = useEventStream(`/api/games/${gameId}/host/events`, handlers);

  const act = useCallback(
    async (input: THostActionInput) => {
      setBusy(true);
      setError(undefined);
      const result = await api(`/api/games/${gameId}/actions`, { body: input });
      setBusy(false);
      if (!result.ok) setError(result.status === 0 ? "offline" : result.message);
    },
    [gameId],
  );

  const question = snapshot?.question;
  const countFits = count && question && count.index === question.index;
  return {
    snapshot,
    receivedAt,
    answered: countFits ? count.answered : (question?.answered ?? 0),
    players: count?.players ?? snapshot?.lobby.total ?? 0,
    finished: count?.finished ?? snapshot?.finished ?? 0,
    status,
    error,
    busy,
    act,
  };
}
