// A class's report across all its games and assignments, as the report page, the API and the downloads show it.
// Times are ISO strings; shares are numbers from 0 to 1.
import type { TLocalized } from "@/questions/schema";
import type { TQuestionKind, TStoredQuestion } from "@/questions/types";
import type { TGameMode } from "@/lib/games/types";

export type TTrend = "up" | "down" | "steady";

/** One student in one game or assignment of the class. */
export type TStudentGame = {
  gameId: string;
  mode: TGameMode;
  at: string;
  /** The school's calendar day of `at` (YYYY-MM-DD). */
  day: string;
  answers: number;
  correct: number;
};

export type TClassStudent = {
  /** The app player; a game player without one (before classes linked them) is keyed by its game player id. */
  key: string;
  nickname: string;
  /** Still in the class (a student removed since keeps their rows here). */
  member: boolean;
  games: number;
  assignments: number;
  answers: number;
  correct: number;
  /** Right answers of all answers given; null without answers. */
  accuracy: number | null;
  /** Oldest first. */
  history: TStudentGame[];
  /** The later games against the earlier ones; null with fewer than two games answered. */
  trend: TTrend | null;
};

export type TClassQuestion = {
  questionId: string;
  kind: TQuestionKind;
  prompt: TLocalized;
  /** In how many of the class's games or assignments it was answered. */
  games: number;
  answers: number;
  correct: number;
  accuracy: number;
  hard: boolean;
  factIds: string[];
};

export type TFactSource = TStoredQuestion["sources"][number];

export type TClassFact = {
  factId: string;
  statement: TLocalized;
  sources: TFactSource[];
  /** When the fact stands (YYYY, YYYY-MM or YYYY-MM-DD), for a source without its own date. */
  asOf: string;
  questions: number;
  answers: number;
  correct: number;
  missed: number;
  accuracy: number;
  hard: boolean;
};

export type TClassGame = {
  gameId: string;
  mode: TGameMode;
  setId: string;
  /** "Schwächste Fakten üben": named so, not after its set. */
  practice: boolean;
  at: string;
  day: string;
  /** The school's time of day of `at` (HH:MM, 24 hours): a class may play twice a day. */
  time: string;
  players: number;
  answers: number;
  correct: number;
  accuracy: number | null;
};

export type TClassReport = {
  groupId: string;
  name: string;
  games: TClassGame[];
  answers: number;
  correct: number;
  accuracy: number | null;
  /** Students by nickname. */
  students: TClassStudent[];
  /** Hardest first (`byHardness`): the hard ones, then the rest with a miss, then the rest. */
  questions: TClassQuestion[];
  /** Most missed first, in the same order as the questions. */
  facts: TClassFact[];
};
