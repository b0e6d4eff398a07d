// Scenario 2: answer throughput of self-study attempts from many players, against a bare node:http baseline
// measured in the same run with the same load generator (autocannon) and connection counts.
import autocannon from "autocannon";
import { anyAnswer, postJson, type TQuestion } from "@/bench/lib/client";
import { startBaseline, type TServer } from "@/bench/lib/processes";
import { round } from "@/bench/lib/stats";

type TAttempt = { id: string; question: TQuestion | null };
/** A player whose question is on screen (answer it), or whose next question is to be shown first (`question` null). */
type TPlayer = { cookie: string; attemptId: string; question: TQuestion | null };

export type TAnswersResult = {
  players: number;
  connections: number;
  durationSeconds: number;
  answersPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  baselineRequestsPerSecond: number;
  ratio: number;
  byConnections: Array<{ connections: number; answersPerSecond: number; p99Ms: number; baselineRps: number }>;
};

/** Players with an attempt each at all 174 questions of the full set, started 16 at a time. */
async function startPlayers(url: string, count: number): Promise<TPlayer[]> {
  const players: TPlayer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const seed = next++;
      const started = await postJson<{ attempt: TAttempt }>(`${url}/api/attempts`, { setId: "all-allies", seed });
      if (started.status !== 201 || !started.data.attempt.question)
        throw new Error(`starting an attempt: ${started.status} ${JSON.stringify(started.data)}`);
      players.push({ cookie: started.cookie!, attemptId: started.data.attempt.id, question: started.data.attempt.question });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return players;
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Answers from a pool of players: each request takes a player whose last request came back and answers its
 * question, or, after an answer, shows the next one (POST …/next starts its clock), as the quiz page does.
 * Answers per second count the answers only; the latencies are of both requests.
 */
async function answerLoad(url: string, players: TPlayer[], connections: number, seconds: number) {
  const ready = players.splice(0);
  // Players whose request was cut off at the end go back to the pool as they were: a repeated answer counts
  // once and a repeated "next" returns the same question, so they go on from there.
  const inFlight = new Set<TPlayer>();
  let answered = 0;
  const result = await run({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request, context) => {
          const player = ready.shift();
          if (!player) throw new Error("the benchmark ran out of players with questions left");
          (context as { player?: TPlayer }).player = player;
          inFlight.add(player);
          const headers = { "content-type": "application/json", cookie: player.cookie };
          if (!player.question)
            return { ...request, method: "POST", path: `/api/attempts/${player.attemptId}/next`, headers, body: "{}" };
          return {
            ...request,
            method: "POST",
            path: `/api/attempts/${player.attemptId}/answers`,
            headers,
            body: JSON.stringify({ questionId: player.question.id, answer: anyAnswer(player.question), timeMs: 0 }),
          };
        },
        onResponse: (status, body, context) => {
          const player = (context as { player: TPlayer }).player;
          inFlight.delete(player);
          if (status >= 400) return void ready.push(player);
          if (player.question) {
            answered++;
            if ((JSON.parse(body) as { hasNext: boolean }).hasNext) ready.push({ ...player, question: null });
            return;
          }
          const shown = (JSON.parse(body) as { attempt: TAttempt }).attempt.question;
          if (shown) ready.push({ ...player, question: shown });
        },
      },
    ],
  });
  players.push(...ready, ...inFlight);
  const errors = result.non2xx + result.errors + result.timeouts;
  return { rps: answered / seconds, p50: result.latency.p50, p99: result.latency.p99, errors };
}

async function baselineLoad(baseline: TServer, connections: number, seconds: number) {
  const result = await run({ url: baseline.url, connections, duration: seconds, method: "POST", body: '{"answer":"x"}' });
  return { rps: result.requests.average };
}

/**
 * Finds the best sustained rate whose p99 stays under 50 ms, stepping the number of connections, and the
 * baseline's rate at the same connections.
 */
export async function answersScenario(
  app: TServer,
  options: { players: number; seconds: number; connections: number[] },
): Promise<TAnswersResult> {
  const players = await startPlayers(app.url, options.players);
  const baseline = await startBaseline();
  const steps: TAnswersResult["byConnections"] = [];
  let errors = 0;
  try {
    for (const connections of options.connections) {
      const answers = await answerLoad(app.url, players, connections, options.seconds);
      const bare = await baselineLoad(baseline, connections, options.seconds);
      errors += answers.errors;
      steps.push({ connections, answersPerSecond: round(answers.rps, 0), p99Ms: answers.p99, baselineRps: round(bare.rps, 0) });
    }
  } finally {
    await baseline.stop();
  }
  const within = steps.filter((step) => step.p99Ms < 50);
  const best = (within.length ? within : steps).reduce((a, b) => (b.answersPerSecond > a.answersPerSecond ? b : a));
  const bestBaseline = steps.reduce((max, step) => Math.max(max, step.baselineRps), 0);
  const p50 = await answerLoad(app.url, players, best.connections, 3);
  return {
    players: options.players,
    connections: best.connections,
    durationSeconds: options.seconds,
    answersPerSecond: best.answersPerSecond,
    latencyP50Ms: p50.p50,
    latencyP99Ms: best.p99Ms,
    errors: errors + p50.errors,
    baselineRequestsPerSecond: bestBaseline,
    ratio: round(best.answersPerSecond / bestBaseline, 3),
    byConnections: steps,
  };
}
