// A class's report across its games and assignments, from the stored rows: each student over time, each question
// and each fact the answers tested, weakest first. Pure: the queries read the rows, this adds them up.
import type { TLocalized } from "@/questions/schema";
import type { TStoredQuestion } from "@/questions/types";
import type { TGameMode } from "@/lib/games/types";
import { dayOf } from "@/lib/platform/time/days";
import { byHardness, isHard, type TAnswerTally } from "@/lib/games/rules/hardness";
import type {
  TClassFact,
  TClassGame,
  TClassQuestion,
  TClassReport,
  TClassStudent,
  TFactSource,
  TStudentGame,
} from "@/lib/class-reports/types";
import { testedFacts } from "./tested-facts";
import { accuracyTrend } from "./trend";

export type TActivityGame = { id: string; mode: TGameMode; setId: string; practice?: boolean; createdAt: number };
export type TActivityPlayer = { id: string; gameId: string; playerId: string | null; nickname: string };
export type TActivityAnswer = { gamePlayerId: string; questionId: string; correct: boolean };
export type TActivityMember = { playerId: string; nickname: string | null };

export type TClassActivity = {
  group: { id: string; name: string };
  /** The school's time zone (APP_TIME_ZONE): the calendar day of a game. */
  timeZone: string;
  games: readonly TActivityGame[];
  /** The class's game players (those the host removed left out), and their answers. */
  players: readonly TActivityPlayer[];
  answers: readonly TActivityAnswer[];
  members: readonly TActivityMember[];
};

/** What the report says of a fact beyond its numbers: its statement and sources (`fact-deck.ts` derives them). */
export type TFactText = { statement: TLocalized; sources: TFactSource[]; asOf: string };

type TTally = TAnswerTally;
const share = (tally: TTally) => (tally.answers ? tally.correct / tally.answers : null);
const count = (tally: TTally, correct: boolean) => {
  tally.answers++;
  if (correct) tally.correct++;
};

/** The hard ones first, then the plausibly weakest (`byHardness`), then by id for a stable order. */
function weakestFirst<T extends TTally & { hard: boolean }>(id: (item: T) => string) {
  return (a: T, b: T) => Number(b.hard) - Number(a.hard) || byHardness(a, b) || id(a).localeCompare(id(b));
}

export function buildClassReport(
  activity: TClassActivity,
  bank: { question: (id: string) => TStoredQuestion | undefined; fact: (id: string) => TFactText | undefined },
): TClassReport {
  const gamesById = new Map(activity.games.map((game) => [game.id, game]));
  const playersById = new Map(activity.players.map((player) => [player.id, player]));
  const clock = new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: activity.timeZone,
  });
  const when = (at: number) => ({ at: new Date(at).toISOString(), day: dayOf(new Date(at), activity.timeZone) });
  const keyOf = (player: TActivityPlayer) => player.playerId ?? `game-player:${player.id}`;

  const perStudentGame = new Map<string, Map<string, TTally>>();
  const perGame = new Map<string, TTally & { players: Set<string> }>();
  const perQuestion = new Map<string, TTally & { games: Set<string> }>();
  const perFact = new Map<string, TTally & { questions: Set<string> }>();
  const total: TTally = { correct: 0, answers: 0 };

  for (const player of activity.players) {
    const games = perStudentGame.get(keyOf(player)) ?? new Map<string, TTally>();
    games.set(player.gameId, games.get(player.gameId) ?? { correct: 0, answers: 0 });
    perStudentGame.set(keyOf(player), games);
    const game = perGame.get(player.gameId) ?? { correct: 0, answers: 0, players: new Set<string>() };
    game.players.add(player.id);
    perGame.set(player.gameId, game);
  }

  for (const answer of activity.answers) {
    const player = playersById.get(answer.gamePlayerId);
    if (!player) continue;
    count(total, answer.correct);
    count(perStudentGame.get(keyOf(player))!.get(player.gameId)!, answer.correct);
    count(perGame.get(player.gameId)!, answer.correct);
    const question = bank.question(answer.questionId);
    if (!question) continue;
    const asked = perQuestion.get(question.id) ?? { correct: 0, answers: 0, games: new Set<string>() };
    count(asked, answer.correct);
    asked.games.add(player.gameId);
    perQuestion.set(question.id, asked);
    for (const factId of testedFacts(question)) {
      const fact = perFact.get(factId) ?? { correct: 0, answers: 0, questions: new Set<string>() };
      count(fact, answer.correct);
      fact.questions.add(question.id);
      perFact.set(factId, fact);
    }
  }

  const memberNames = new Map(activity.members.map((member) => [member.playerId, member.nickname]));
  const gameNames = new Map<string, string>();
  // The latest nickname a student played under, for one without a nickname of their own.
  for (const player of [...activity.players].sort(
    (a, b) => (gamesById.get(a.gameId)?.createdAt ?? 0) - (gamesById.get(b.gameId)?.createdAt ?? 0),
  ))
    gameNames.set(keyOf(player), player.nickname);
  const keys = new Set([...activity.members.map((member) => member.playerId), ...perStudentGame.keys()]);
  const students = [...keys].map((key): TClassStudent => {
    const history = [...(perStudentGame.get(key) ?? new Map<string, TTally>())]
      .flatMap(([gameId, tally]): TStudentGame[] => {
        const game = gamesById.get(gameId);
        return game ? [{ gameId, mode: game.mode, ...when(game.createdAt), ...tally }] : [];
      })
      .sort((a, b) => a.at.localeCompare(b.at));
    const tally = history.reduce((sum, game) => ({ correct: sum.correct + game.correct, answers: sum.answers + game.answers }), {
      correct: 0,
      answers: 0,
    });
    return {
      key,
      nickname: memberNames.get(key) ?? gameNames.get(key) ?? "?",
      member: memberNames.has(key),
      games: history.filter((game) => game.mode === "live").length,
      assignments: history.filter((game) => game.mode === "assignment").length,
      ...tally,
      accuracy: share(tally),
      history,
      trend: accuracyTrend(history),
    };
  });
  students.sort((a, b) => a.nickname.localeCompare(b.nickname, "de") || a.key.localeCompare(b.key));

  const questions = [...perQuestion].map(([questionId, tally]): TClassQuestion => {
    const question = bank.question(questionId)!;
    return {
      questionId,
      kind: question.kind,
      prompt: question.prompt,
      games: tally.games.size,
      answers: tally.answers,
      correct: tally.correct,
      accuracy: share(tally) ?? 0,
      hard: isHard(tally),
      factIds: question.factIds,
    };
  });
  questions.sort(weakestFirst((question) => question.questionId));

  const facts = [...perFact].flatMap(([factId, tally]): TClassFact[] => {
    const text = bank.fact(factId);
    if (!text) return [];
    return [
      {
        factId,
        ...text,
        questions: tally.questions.size,
        answers: tally.answers,
        correct: tally.correct,
        missed: tally.answers - tally.correct,
        accuracy: share(tally) ?? 0,
        hard: isHard(tally),
      },
    ];
  });
  facts.sort(weakestFirst((fact) => fact.factId));

  const games = activity.games
    .map((game): TClassGame => {
      const tally = perGame.get(game.id) ?? { correct: 0, answers: 0, players: new Set<string>() };
      return {
        gameId: game.id,
        mode: game.mode,
        setId: game.setId,
        practice: game.practice === true,
        ...when(game.createdAt),
        time: clock.format(game.createdAt),
        players: tally.players.size,
        answers: tally.answers,
        correct: tally.correct,
        accuracy: share(tally),
      };
    })
    .sort((a, b) => b.at.localeCompare(a.at));

  return {
    groupId: activity.group.id,
    name: activity.group.name,
    games,
    ...total,
    accuracy: share(total),
    students,
    questions,
    facts,
  };
}
