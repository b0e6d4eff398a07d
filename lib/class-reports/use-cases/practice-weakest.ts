// "Schwächste Fakten üben": an assignment for the class of the questions on the facts it missed most, owned by
// its teacher, without a timer and scored as the class scores; due in a week unless the teacher says otherwise.
import "server-only";
import type { TDb } from "@/lib/platform/db/client";
import type { TGroup } from "@/lib/classes/types";
import { DEFAULT_MAX_PLAYERS } from "@/lib/games/types";
import { createGameFromOrder, type TCreated } from "@/lib/games/use-cases/create-game";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { PRACTICE_DEFAULT_COUNT, pickPracticeQuestions, type TPracticePick } from "@/lib/class-reports/rules/practice";
import { HARD_MIN_ANSWERS } from "@/lib/games/rules/hardness";
import { loadClassReport } from "./class-report";

export const PRACTICE_DAYS = 7;

type TRefusal = Extract<TPracticePick, { ok: false }>["reason"];
/** What the teacher can do about each refusal. */
const REFUSALS: Record<TRefusal, string> = {
  too_few_answers: `too few answers yet: a fact counts once the class has answered it ${HARD_MIN_ANSWERS} times; play a game or set an assignment for the class first`,
  nothing_missed:
    "the class has missed none of the facts it answered often enough; nothing to practise yet, play another game first",
  no_questions: "the questions on the class's weakest facts have been retired; nothing is left to practise them with",
};

export async function practiceWeakest(
  db: TDb,
  input: { group: TGroup; teacherId: string; questionCount?: number; deadline?: Date; now?: Date },
  hostKey: string,
): Promise<TCreated> {
  const [report, bank] = await Promise.all([loadClassReport(db, input.group), getQuestionBank()]);
  // Only questions in play: retired ones are served in nothing new.
  const pick = pickPracticeQuestions(report, bank.questions.values(), input.questionCount ?? PRACTICE_DEFAULT_COUNT);
  if (!pick.ok) return { ok: false, status: 409, code: pick.reason, message: REFUSALS[pick.reason] };
  const set = bank.sets.find((candidate) => candidate.kind === "all") ?? bank.sets[0];
  if (!set) return { ok: false, status: 409, code: "empty_bank", message: "the question bank has no sets" };
  const now = input.now ?? new Date();
  return createGameFromOrder(
    db,
    {
      mode: "assignment",
      setId: set.id,
      settings: {
        questionCount: pick.questionIds.length,
        secondsPerQuestion: null,
        scoring: input.group.scoring,
        // Weakest fact first, as picked.
        shuffle: false,
        maxPlayers: DEFAULT_MAX_PLAYERS,
        practice: true,
      },
      groupId: input.group.id,
      ownerId: input.teacherId,
      deadline: input.deadline ?? new Date(now.getTime() + PRACTICE_DAYS * 86_400_000),
      questionIds: pick.questionIds,
    },
    hostKey,
  );
}
