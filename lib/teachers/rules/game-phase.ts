// Where a teacher's game stands, as the dashboard sorts it: live games run or are finished; assignments are
// open, due soon (the deadline within a day) or done.
export type TGamePhase = "running" | "finished" | "open" | "due" | "done";

export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

export function gamePhase(game: { mode: string; status: string; deadline: string | null }, now: number): TGamePhase {
  if (game.mode === "live") return game.status === "ended" ? "finished" : "running";
  const deadline = game.deadline ? Date.parse(game.deadline) : undefined;
  if (game.status === "ended" || (deadline !== undefined && deadline <= now)) return "done";
  return deadline !== undefined && deadline - now <= DUE_SOON_MS ? "due" : "open";
}
