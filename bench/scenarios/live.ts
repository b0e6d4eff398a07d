// Scenario 1: a live classroom game at scale. A host creates a 10-question game; N players join by PIN (the
// PIN look-up, then the join) arriving at a steady rate, open their event streams and answer the pong; the
// host starts the game and moves it on; every player answers every question at a random moment within the
// time limit. The players behave as the join page and the phone do: a 503 is waited out as its Retry-After says
// and tried again, a dropped connection a few times, and a stream that ends is opened again after 2 s (the
// stream's `retry`). Measured: join time (first try to being in), players who never got in or lost their stream
// for good, reconnects, the time from the host's "next" to each player receiving the question (fan-out), the
// time to each answer's acknowledgement, and whether every acknowledged answer was stored. A request that gets
// no answer within REQUEST_TIMEOUT_MS fails the run with a message.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { checkNickname } from "@/lib/players/rules/nickname";
import { anyAnswer, type TQuestion } from "@/bench/lib/client";
import { openStream, request, StuckRequestError, type TResponse, type TStream } from "@/bench/lib/http";
import { percentile, round } from "@/bench/lib/stats";

type TPlayer = { nickname: string; cookie: string; stream?: TStream; answered: Set<number>; lost: boolean; done: boolean };
type TLatency = { p50Ms: number; p99Ms: number; maxMs: number };

export type TLiveResult = {
  players: number;
  questions: number;
  joinsPerSecond: number;
  join: TLatency;
  /** Players who never got in, or lost their stream for good: must be 0. */
  joinFailures: number;
  joinFailureReasons: Record<string, number>;
  /** Look-ups and joins the server asked to come back later (503), and connections that failed and were retried. */
  joinRetries: { busy: number; dropped: number };
  /** Streams that ended and were opened again. */
  reconnects: number;
  fanout: TLatency;
  ack: TLatency;
  /** The acks of answers sent in the question's first second (beside its fan-out), and of those sent later. */
  ackDuringFanout: TLatency;
  ackAfterFanout: TLatency;
  answersSent: number;
  answersAcknowledged: number;
  answersStored: number;
  /** Acknowledged but not stored: must be 0. */
  answersLost: number;
  /** Refused or failed (not acknowledged): a closed question, an error. */
  answersRefused: number;
  refusals: Record<string, number>;
  /** Behind a proxy that names the instance (X-Quiz-Instance): the players whose stream each instance serves. */
  streamsPerInstance: Record<string, number>;
  /** Questions that reached every player who is in; fewer means some stream missed one. */
  questionsDeliveredToAll: number;
  /**
   * How late this process's own event loop ran while the questions were played: the harness simulates every
   * player in one process, so a figure near the ack's p99 means the ack measures the harness's queue too.
   */
  harnessLoopDelay: TLatency;
};

/** The phone's patience: connections that fail are tried again this often, a stream this often in a row. */
const DROPPED_RETRIES = 5;
const STREAM_RETRIES = 10;
const STREAM_RETRY_MS = 2_000;

const SECONDS_PER_QUESTION = 30;
/** Answers sent this soon after the host's "next" meet the question's fan-out still under way. */
const FANOUT_WINDOW_MS = 1_000;

const latency = (values: number[]): TLatency => ({
  p50Ms: round(percentile(values, 50), 0),
  p99Ms: round(percentile(values, 99), 0),
  maxMs: round(values.length ? Math.max(...values) : 0, 0),
});

/** "Spieler 0042"; the nickname filter rightly refuses one of these numbers, which then gets a letter. */
function nicknameFor(n: number): string {
  const name = `Spieler ${String(n).padStart(4, "0")}`;
  return checkNickname(name).ok ? name : `${name}b`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function json<T>(body: string): T {
  return JSON.parse(body) as T;
}

export async function liveScenario(
  url: string,
  options: { players: number; questions: number; joinsPerSecond: number; answerWithinMs: number },
): Promise<TLiveResult> {
  const created = await request(`${url}/api/games`, {
    body: {
      mode: "live",
      setId: "all-allies",
      questionCount: options.questions,
      secondsPerQuestion: SECONDS_PER_QUESTION,
      scoring: "speed",
      shuffle: false,
      maxPlayers: options.players,
    },
  });
  if (created.status !== 201) throw new Error(`creating the game: ${created.status} ${created.body}`);
  const { game, hostKey } = json<{ game: { id: string; pin: string }; hostKey: string }>(created.body);
  const host = { authorization: `Bearer ${hostKey}` };

  // The host's view: the game's status and question, as the projector shows it.
  let hostState = { status: "lobby", index: -1 };
  const hostWaiters = new Set<() => void>();
  const hostStream = await openStream(`${url}/api/games/${game.id}/host/events`, host, (event, data) => {
    if (event !== "state") return;
    const state = json<{ game: { status: string; currentIndex: number } }>(data).game;
    hostState = { status: state.status, index: state.currentIndex };
    for (const wake of hostWaiters) wake();
  });
  const hostReaches = (status: string, index: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (hostState.status !== status || hostState.index < index) return false;
        hostWaiters.delete(check);
        clearTimeout(timer);
        resolve();
        return true;
      };
      const timer = setTimeout(() => {
        hostWaiters.delete(check);
        reject(
          new Error(
            `the game did not reach ${status} of question ${index + 1} within ${timeoutMs} ms (it is ${hostState.status} of ${hostState.index + 1})`,
          ),
        );
      }, timeoutMs);
      if (!check()) hostWaiters.add(check);
    });

  const joinTimes: number[] = [];
  const fanout: number[] = [];
  const acks: number[] = [];
  // The same acknowledgements, split by when the answer was sent: within the first second of the question, while
  // the server may still be writing the question to the last streams, and after.
  const acksDuringFanout: number[] = [];
  const acksAfterFanout: number[] = [];
  const refusals: Record<string, number> = {};
  const questionSentAt = new Map<number, number>();
  let sent = 0;
  let acknowledged = 0;
  const pendingAnswers = new Set<Promise<void>>();

  const answer = async (player: TPlayer, index: number, question: TQuestion, delay: number) => {
    await sleep(delay);
    sent++;
    const started = performance.now();
    try {
      const response = await request(`${url}/api/games/${game.id}/answers`, {
        body: { questionIndex: index, answer: anyAnswer(question), timeMs: Math.round(delay) },
        headers: { cookie: player.cookie },
      });
      if (response.status === 201) {
        acknowledged++;
        const ackMs = performance.now() - started;
        const sinceQuestion = started - (questionSentAt.get(index) ?? started);
        acks.push(ackMs);
        (sinceQuestion < FANOUT_WINDOW_MS ? acksDuringFanout : acksAfterFanout).push(ackMs);
      } else {
        const code =
          response.status === 200
            ? "duplicate"
            : (json<{ error?: { code?: string } }>(response.body).error?.code ?? String(response.status));
        refusals[code] = (refusals[code] ?? 0) + 1;
      }
    } catch (error) {
      if (error instanceof StuckRequestError) throw error;
      refusals[(error as Error).message] = (refusals[(error as Error).message] ?? 0) + 1;
    }
  };

  const onPlayerEvent = (player: TPlayer, event: string, data: string, hello: (pingId: string) => void) => {
    if (event === "hello") return hello(json<{ pingId: string }>(data).pingId);
    if (event !== "question") return;
    const receivedAt = performance.now();
    const { index, question } = json<{ index: number; question: TQuestion }>(data);
    if (player.answered.has(index)) return;
    player.answered.add(index);
    const sentAt = questionSentAt.get(index);
    if (sentAt !== undefined) fanout.push(receivedAt - sentAt);
    const pending = answer(player, index, question, 200 + Math.random() * options.answerWithinMs);
    pendingAnswers.add(pending);
    // A stuck answer fails the run where the answers are awaited (Promise.all below).
    void pending.finally(() => pendingAnswers.delete(pending)).catch(() => undefined);
  };

  let reconnects = 0;
  // A stuck request where nothing awaits it (a later pong): the run fails at the next step with it.
  let stuck: StuckRequestError | undefined;
  const joinRetries = { busy: 0, dropped: 0 };
  const failureReasons: Record<string, number> = {};
  const fail = (player: TPlayer | undefined, reason: string) => {
    if (player) player.lost = true;
    failureReasons[reason] = (failureReasons[reason] ?? 0) + 1;
  };

  /** A request as the join page sends it: a 503 waited out (Retry-After, spread), a dropped connection retried. */
  const patiently = async (send: () => Promise<TResponse>): Promise<TResponse> => {
    for (let dropped = 0; ;) {
      let response: TResponse;
      try {
        response = await send();
      } catch (error) {
        if (error instanceof StuckRequestError || dropped++ >= DROPPED_RETRIES) throw error;
        joinRetries.dropped++;
        await sleep(1_000 * (0.5 + Math.random()));
        continue;
      }
      if (response.status !== 503) return response;
      joinRetries.busy++;
      await sleep(Number(response.headers["retry-after"] ?? 2) * 1_000 * (0.5 + Math.random()));
    }
  };

  /**
   * The player's stream, kept open as the phone does: resolves once the first stream is open and its ping
   * answered; a stream that ends later is opened again after STREAM_RETRY_MS, and a player whose stream cannot
   * be opened STREAM_RETRIES times in a row has lost it for good.
   */
  const keepStreamOpen = (player: TPlayer): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      let inGame = false;
      const connect = async (failures: number): Promise<void> => {
        if (player.done) return;
        const again = (reason: string) => {
          if (player.done) return;
          if (failures + 1 >= STREAM_RETRIES) {
            fail(player, `stream lost: ${reason}`);
            return inGame ? undefined : reject(new Error(`stream lost: ${reason}`));
          }
          reconnects++;
          setTimeout(() => void connect(failures + 1), STREAM_RETRY_MS);
        };
        try {
          player.stream = await openStream(
            `${url}/api/games/${game.id}/events`,
            { cookie: player.cookie },
            (event, data) =>
              onPlayerEvent(player, event, data, (pingId) => {
                failures = 0;
                void request(`${url}/api/games/${game.id}/pong`, { body: { pingId }, headers: { cookie: player.cookie } }).then(
                  () => {
                    inGame = true;
                    resolve();
                  },
                  (error: unknown) => {
                    if (!inGame) return reject(error);
                    if (error instanceof StuckRequestError) stuck ??= error;
                  },
                );
              }),
            (reason) => again(reason),
          );
        } catch (error) {
          if (error instanceof StuckRequestError) return reject(error);
          again((error as Error).message);
        }
      };
      void connect(0);
    });

  // Players arrive at a steady rate, as a class typing the PIN from the projector.
  const players: TPlayer[] = [];
  const joinStarted = performance.now();
  const arrivals = Array.from({ length: options.players }, async (_, n) => {
    await sleep((n * 1000) / options.joinsPerSecond);
    const started = performance.now();
    const nickname = nicknameFor(n);
    let player: TPlayer | undefined;
    try {
      const lookup = await patiently(() => request(`${url}/api/games/lookup?pin=${game.pin}`));
      if (lookup.status !== 200) return fail(undefined, `PIN look-up: HTTP ${lookup.status}`);
      const joined = await patiently(() => request(`${url}/api/games/join`, { body: { pin: game.pin, nickname } }));
      if (joined.status !== 201) return fail(undefined, `joining: HTTP ${joined.status}`);
      joinTimes.push(performance.now() - started);
      player = { nickname, cookie: joined.cookies.join("; "), answered: new Set(), lost: false, done: false };
      players.push(player);
      await keepStreamOpen(player);
    } catch (error) {
      if (error instanceof StuckRequestError) throw error;
      if (!player?.lost) fail(player, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  });
  await Promise.all(arrivals);
  if (stuck) throw stuck;
  const joinSeconds = (performance.now() - joinStarted) / 1000;

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  try {
    for (let index = 0; index < options.questions; index++) {
      questionSentAt.set(index, performance.now());
      const action = await request(`${url}/api/games/${game.id}/actions`, {
        body: { action: index === 0 ? "start" : "next" },
        headers: host,
      });
      if (action.status !== 200) throw new Error(`host ${index === 0 ? "start" : "next"}: ${action.status} ${action.body}`);
      // Everyone answered, so the question closes without waiting for the clock.
      await hostReaches("reveal", index, SECONDS_PER_QUESTION * 1000 + 10_000);
      await Promise.all([...pendingAnswers]);
      if (stuck) throw stuck;
      await sleep(300);
    }
    const ended = await request(`${url}/api/games/${game.id}/actions`, { body: { action: "end" }, headers: host });
    if (ended.status !== 200) throw new Error(`host end: ${ended.status} ${ended.body}`);
    await hostReaches("ended", options.questions - 1, 30_000);
  } finally {
    loopDelay.disable();
    hostStream.close();
    for (const player of players) {
      player.done = true;
      player.stream?.close();
    }
  }

  const report = await request(`${url}/api/games/${game.id}/report`, { headers: host });
  if (report.status !== 200) throw new Error(`report: ${report.status} ${report.body}`);
  const rows = json<{ report: { players: Array<{ answered: number }> } }>(report.body).report.players;
  const stored = rows.reduce((sum, row) => sum + row.answered, 0);
  const inGame = players.filter((player) => !player.lost).length;
  const streamsPerInstance: Record<string, number> = {};
  for (const player of players) {
    const instance = player.stream?.headers["x-quiz-instance"];
    if (typeof instance === "string") streamsPerInstance[instance] = (streamsPerInstance[instance] ?? 0) + 1;
  }
  return {
    players: options.players,
    questions: options.questions,
    joinsPerSecond: round(options.players / joinSeconds, 0),
    join: latency(joinTimes),
    joinFailures: options.players - inGame,
    joinFailureReasons: failureReasons,
    joinRetries,
    reconnects,
    streamsPerInstance,
    fanout: latency(fanout),
    ack: latency(acks),
    ackDuringFanout: latency(acksDuringFanout),
    ackAfterFanout: latency(acksAfterFanout),
    answersSent: sent,
    answersAcknowledged: acknowledged,
    answersStored: stored,
    answersLost: Math.max(0, acknowledged - stored),
    answersRefused: sent - acknowledged,
    refusals,
    harnessLoopDelay: {
      p50Ms: round(loopDelay.percentile(50) / 1e6, 0),
      p99Ms: round(loopDelay.percentile(99) / 1e6, 0),
      maxMs: round(loopDelay.max / 1e6, 0),
    },
    questionsDeliveredToAll: Array.from({ length: options.questions }, (_, index) =>
      players.every((player) => player.lost || player.answered.has(index)),
    ).filter(Boolean).length,
  };
}
