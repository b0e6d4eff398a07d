// Whether a student is getting better: the share right in their later games against their earlier ones, each
// half pooled by answers (a game of 20 answers weighs more than one of 2). With an odd number of games the middle
// one belongs to neither half. Ten percentage points or more either way is a trend; less is steady.
import type { TTrend } from "@/lib/class-reports/types";

export const TREND_STEP = 0.1;

export function accuracyTrend(games: ReadonlyArray<{ answers: number; correct: number }>): TTrend | null {
  const answered = games.filter((game) => game.answers > 0);
  if (answered.length < 2) return null;
  const half = Math.floor(answered.length / 2);
  const share = (part: typeof answered) =>
    part.reduce((sum, game) => sum + game.correct, 0) / part.reduce((sum, game) => sum + game.answers, 0);
  const change = share(answered.slice(-half)) - share(answered.slice(0, half));
  if (change >= TREND_STEP - 1e-9) return "up";
  if (change <= -TREND_STEP + 1e-9) return "down";
  return "steady";
}
