// Reads of a game's results: one question's answers with the standings (for the reveal), the final standings,
// and everything the host's report needs. Each is a fixed number of queries whatever the number of players.
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TDb } from "@/lib/platform/db/client";

const playerLine = {
  id: true,
  nickname: true,
  score: true,
  accuracyScore: true,
  correctCount: true,
  streak: true,
  finishedAt: true,
} as const;
const answerLine = {
  gamePlayerId: true,
  questionIndex: true,
  answer: true,
  correct: true,
  points: true,
  bonus: true,
  accuracyPoints: true,
  timeMs: true,
} as const;

export type TPlayerLine = {
  id: string;
  nickname: string;
  score: number;
  accuracyScore: number;
  correctCount: number;
  streak: number;
  finishedAt: Date | null;
};
export type TAnswerLine = {
  gamePlayerId: string;
  questionIndex: number;
  answer: TAnswerValue | null;
  correct: boolean;
  points: number;
  bonus: number;
  accuracyPoints: number;
  timeMs: number;
};

function parseAnswer(row: Omit<TAnswerLine, "answer"> & { answer: string }): TAnswerLine {
  return { ...row, answer: JSON.parse(row.answer) as TAnswerValue | null };
}

export function gamePlayerLines(db: TDb, gameId: string): Promise<TPlayerLine[]> {
  return db.gamePlayer.findMany({ where: { gameId, kicked: false }, select: playerLine });
}

/** The answers to one question and every player's totals after it. */
export async function questionResults(
  db: TDb,
  gameId: string,
  index: number,
): Promise<{ answers: TAnswerLine[]; players: TPlayerLine[] }> {
  const [answers, players] = await Promise.all([
    db.gameAnswer.findMany({ where: { gameId, questionIndex: index }, select: answerLine }),
    gamePlayerLines(db, gameId),
  ]);
  return { answers: answers.map(parseAnswer), players };
}

export async function gameAnswerLines(db: TDb, gameId: string): Promise<TAnswerLine[]> {
  return (await db.gameAnswer.findMany({ where: { gameId }, select: answerLine, orderBy: [{ questionIndex: "asc" }] })).map(
    parseAnswer,
  );
}

export async function playerAnswer(db: TDb, gamePlayerId: string, index: number): Promise<TAnswerLine | undefined> {
  const row = await db.gameAnswer.findUnique({
    where: { gamePlayerId_questionIndex: { gamePlayerId, questionIndex: index } },
    select: answerLine,
  });
  return row ? parseAnswer(row) : undefined;
}
