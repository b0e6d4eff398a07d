// Scenario 1: a live classroom game at scale. A host creates a 10-question game; N players join by PIN (the
// PIN look-up, then the join) arriving at a steady rate, open their event streams and answer the pong; the
// host starts the game and moves it on; every player answers every question at a random moment within the
// time limit. Measured: join time, the time from the host's "next" to each player receiving the question
// (fan-out), the time to each answer's acknowledgement, and whether every acknowledged answer was stored.
import { checkNickname } from "@/lib/players/rules/nickname";
import { anyAnswer, type TQuestion } from "@/bench/lib/client";
import { openStream, request, type TStream } from "@/bench/lib/http";
import { percentile, round } from "@/bench/lib/stats";
import type { TServer } from "@/bench/lib/processes";

type TPlayer = { nickname: string; cookie: string; stream?: TStream; answered: Set<number> };
type TLatency = { p50Ms: number; p99Ms: number; maxMs: number };

export type TLiveResult = {
  players: number;
  questions: number;
  joinsPerSecond: number;
  join: TLatency;
  fanout: TLatency;
  ack: TLatency;
  answersSent: number;
  answersAcknowledged: number;
  answersStored: number;
  /** Acknowledged but not stored: must be 0. */
  answersLost: number;
  /** Refused or failed (not acknowledged): a closed question, an error. */
  answersRefused: number;
  refusals: Record<string, number>;
  /** Questions that reached every player; fewer means some stream missed one. */
  questionsDeliveredToAll: number;
};

const SECONDS_PER_QUESTION = 30;

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
  app: TServer,
  options: { players: number; questions: number; joinsPerSecond: number; answerWithinMs: number },
): Promise<TLiveResult> {
  const { url } = app;
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
  const refusals: Record<string, number> = {};
  const deliveredPerQuestion = new Map<number, number>();
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
        acks.push(performance.now() - started);
      } else {
        const code =
          response.status === 200
            ? "duplicate"
            : (json<{ error?: { code?: string } }>(response.body).error?.code ?? String(response.status));
        refusals[code] = (refusals[code] ?? 0) + 1;
      }
    } catch (error) {
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
    deliveredPerQuestion.set(index, (deliveredPerQuestion.get(index) ?? 0) + 1);
    const pending = answer(player, index, question, 200 + Math.random() * options.answerWithinMs);
    pendingAnswers.add(pending);
    void pending.finally(() => pendingAnswers.delete(pending));
  };

  // Players arrive at a steady rate, as a class typing the PIN from the projector.
  const players: TPlayer[] = [];
  const joinStarted = performance.now();
  const arrivals = Array.from({ length: options.players }, async (_, n) => {
    await sleep((n * 1000) / options.joinsPerSecond);
    const started = performance.now();
    const lookup = await request(`${url}/api/games/lookup?pin=${game.pin}`);
    if (lookup.status !== 200) throw new Error(`PIN look-up: ${lookup.status} ${lookup.body}`);
    const nickname = nicknameFor(n);
    const joined = await request(`${url}/api/games/join`, { body: { pin: game.pin, nickname } });
    if (joined.status !== 201) throw new Error(`joining: ${joined.status} ${joined.body}`);
    joinTimes.push(performance.now() - started);
    const player: TPlayer = { nickname, cookie: joined.cookies.join("; "), answered: new Set() };
    players.push(player);
    await new Promise<void>((resolve, reject) => {
      openStream(`${url}/api/games/${game.id}/events`, { cookie: player.cookie }, (event, data) =>
        onPlayerEvent(player, event, data, (pingId) => {
          void request(`${url}/api/games/${game.id}/pong`, { body: { pingId }, headers: { cookie: player.cookie } }).then(
            () => resolve(),
            reject,
          );
        }),
      ).then((stream) => (player.stream = stream), reject);
    });
  });
  await Promise.all(arrivals);
  const joinSeconds = (performance.now() - joinStarted) / 1000;

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
      await sleep(300);
    }
    const ended = await request(`${url}/api/games/${game.id}/actions`, { body: { action: "end" }, headers: host });
    if (ended.status !== 200) throw new Error(`host end: ${ended.status} ${ended.body}`);
    await hostReaches("ended", options.questions - 1, 30_000);
  } finally {
    hostStream.close();
    for (const player of players) player.stream?.close();
  }

  const report = await request(`${url}/api/games/${game.id}/report`, { headers: host });
  if (report.status !== 200) throw new Error(`report: ${report.status} ${report.body}`);
  const rows = json<{ report: { players: Array<{ answered: number }> } }>(report.body).report.players;
  const stored = rows.reduce((sum, row) => sum + row.answered, 0);
  return {
    players: options.players,
    questions: options.questions,
    joinsPerSecond: round(options.players / joinSeconds, 0),
    join: latency(joinTimes),
    fanout: latency(fanout),
    ack: latency(acks),
    answersSent: sent,
    answersAcknowledged: acknowledged,
    answersStored: stored,
    answersLost: Math.max(0, acknowledged - stored),
    answersRefused: sent - acknowledged,
    refusals,
    questionsDeliveredToAll: [...deliveredPerQuestion.values()].filter((count) => count === options.players).length,
  };
}
