// What the teacher's dashboard shows: their classes, their live games and assignments (each with its phase and
// set title), and how many games this browser made before signing in.
import type { TDb } from "@/lib/platform/db/client";
import type { TLang } from "@/lib/platform/i18n/lang";
import { groupsOfTeacher } from "@/lib/classes/queries/groups";
import { gamesOfTeacher, unclaimedGames } from "@/lib/games/queries/teacher-games";
import { getQuestionBank } from "@/lib/sets/queries/question-bank";
import { gamePhase, type TGamePhase } from "@/lib/teachers/rules/game-phase";
import { gameTitle } from "@/lib/games/rules/title";

export type TDashboardGame = {
  id: string;
  title: string;
  groupName: string | null;
  state: TGamePhase;
  running: boolean;
  players: number;
  createdAt: string;
  deadline: string | null;
};

export async function loadDashboard(db: TDb, teacherId: string, lang: TLang, hostKey: string | undefined, now = Date.now()) {
  const [classes, games, bank, unclaimed] = await Promise.all([
    groupsOfTeacher(db, teacherId),
    gamesOfTeacher(db, teacherId),
    getQuestionBank(),
    unclaimedGames(db, hostKey),
  ]);
  const rows = games.map((game) => {
    const state = gamePhase(game, now);
    return {
      mode: game.mode,
      view: {
        id: game.id,
        title: gameTitle(game, bank.sets)?.[lang] ?? game.setId,
        groupName: game.groupName,
        state,
        running: state === "running" || state === "open" || state === "due",
        players: game.players,
        createdAt: game.createdAt,
        deadline: game.deadline,
      } satisfies TDashboardGame,
    };
  });
  return {
    classes,
    liveGames: rows.filter((row) => row.mode === "live").map((row) => row.view),
    assignments: rows.filter((row) => row.mode === "assignment").map((row) => row.view),
    unclaimedGames: unclaimed,
  };
}
