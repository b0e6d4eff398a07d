"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TFinalEvent, TGameEvent, THelloEvent, TPlayersEvent, TQuestionEvent, TResultEvent } from "@/lib/games/events";
import type { TAnswerValue } from "@/lib/scoring/types";
import { useProgressStore } from "@/lib/progress/store/ProgressProvider";
import { useEventStream } from "@/components/live/useEventStream";
import { recordLiveAnswer } from "./recordLiveAnswer";

export type TAnswerState =
  { state: "idle" } | { state: "sending" } | { state: "received" } | { state: "late" } | { state: "error"; message: string };

export type TLivePhase =
  | { name: "waiting" }
  | { name: "question"; event: TQuestionEvent; receivedAt: number; remainingMs: number; paused: boolean }
  | { name: "result"; event: TResultEvent }
  | { name: "final"; event: TFinalEvent }
  | { name: "kicked" };

const LATE_CODES = new Set(["question_closed", "not_current_question", "game_ended", "game_paused"]);
const RETRIES = 3;

/**
 * A player's live game: the stream's events become the phase on screen; answers go to the server with the
 * player's own measure of the time taken (pauses excluded), retried when the network drops them.
 */
export function useLivePlayer(gameId: string, setId: string) {
  const store = useProgressStore();
  const [phase, setPhase] = useState<TLivePhase>({ name: "waiting" });
  const [answer, setAnswer] = useState<TAnswerState>({ state: "idle" });
  const [me, setMe] = useState<THelloEvent["me"]>();
  // How many are in, while the phone waits in the lobby.
  const [players, setPlayers] = useState<number>();
  // performance.now() when the current question appeared, less what elapsed before (reconnect), and time paused.
  const shownAt = useRef(0);
  const pausedAt = useRef<number | null>(null);
  const pausedTotal = useRef(0);
  const questionIndex = useRef(-1);

  const handlers = useMemo(
    () => ({
      hello: (hello: THelloEvent) => {
        setMe(hello.me);
        void api(`/api/games/${gameId}/pong`, { body: { pingId: hello.pingId } });
      },
      lobby: (event: TGameEvent) => {
        setPhase({ name: "waiting" });
        if (event.players !== undefined) setPlayers(event.players);
      },
      players: (event: TPlayersEvent) => setPlayers(event.total),
      question: (event: TQuestionEvent) => {
        const now = performance.now();
        if (event.index !== questionIndex.current) {
          questionIndex.current = event.index;
          shownAt.current = now - (event.durationMs - event.remainingMs);
          pausedTotal.current = 0;
          pausedAt.current = null;
          setAnswer(event.answered ? { state: "received" } : { state: "idle" });
        } else if (event.answered) {
          setAnswer({ state: "received" });
        }
        setPhase({ name: "question", event, receivedAt: Date.now(), remainingMs: event.remainingMs, paused: false });
      },
      paused: (event: TGameEvent) => {
        pausedAt.current = performance.now();
        setPhase((current) =>
          current.name === "question"
            ? { ...current, paused: true, remainingMs: event.remainingMs ?? current.remainingMs }
            : current,
        );
      },
      resumed: (event: TGameEvent) => {
        if (pausedAt.current !== null) pausedTotal.current += performance.now() - pausedAt.current;
        pausedAt.current = null;
        setPhase((current) =>
          current.name === "question"
            ? { ...current, paused: false, remainingMs: event.remainingMs ?? current.remainingMs, receivedAt: Date.now() }
            : current,
        );
      },
      result: (event: TResultEvent) => {
        setPhase({ name: "result", event });
        if (event.result.answered) {
          const { correct, closeness, solution } = event.result;
          recordLiveAnswer(store, {
            gameId,
            setId,
            question: event.question,
            correct,
            closeness,
            factIds: solution.factIds,
            tags: solution.tags,
          });
        }
      },
      final: (event: TFinalEvent) => setPhase({ name: "final", event }),
      kicked: () => setPhase({ name: "kicked" }),
    }),
    [gameId, setId, store],
  );

  // A stream the server closed: find out why before opening it again (a removed player stays out).
  const onRefused = useCallback(async () => {
    const me = await api(`/api/games/${gameId}/me`);
    if (!me.ok && me.status === 403) {
      setPhase({ name: "kicked" });
      return false;
    }
    return true;
  }, [gameId]);
  // A removed player's stream is closed for good: the browser would otherwise knock again and be refused.
  const status = useEventStream(phase.name === "kicked" ? null : `/api/games/${gameId}/events`, handlers, onRefused);

  const submit = useCallback(
    async (value: TAnswerValue | null) => {
      if (phase.name !== "question" || phase.paused || answer.state === "sending" || answer.state === "received") return;
      setAnswer({ state: "sending" });
      const clientMs = Math.max(0, Math.round(performance.now() - shownAt.current - pausedTotal.current));
      const body = { questionIndex: phase.event.index, answer: value, timeMs: clientMs };
      for (let attempt = 0; ; attempt++) {
        const result = await api(`/api/games/${gameId}/answers`, { body });
        if (result.ok) return setAnswer({ state: "received" });
        const transient = result.status === 0 || result.status >= 500;
        if (transient && attempt < RETRIES) {
          await new Promise((resolve) => setTimeout(resolve, 400 * (attempt + 1)));
          continue;
        }
        if (LATE_CODES.has(result.code)) return setAnswer({ state: "late" });
        if (result.code === "player_removed") return setPhase({ name: "kicked" });
        return setAnswer({ state: "error", message: result.message });
      }
    },
    [answer.state, gameId, phase],
  );

  return { me, phase, answer, status, submit, players };
}
