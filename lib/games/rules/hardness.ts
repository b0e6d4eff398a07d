// When a question (or a fact) counts as hard for a class: not by its share of right answers alone, which in a
// class of three is 0 %, 33 %, 67 % or 100 % and made every 2-of-3 question "one of the hardest". A share from few
// answers is uncertain, so we ask how good the class could plausibly be: the upper end of the Wilson score
// interval (95 %). Hard means that even that optimistic estimate stays under 80 % right, from at least three
// answers. 2 of 3 right (upper bound 94 %) is not hard; 0 of 5 (43 %) or 12 of 30 (57 %) is.

export const HARD_MIN_ANSWERS = 3;
export const HARD_BELOW = 0.8;
const Z95 = 1.96;

export type TAnswerTally = { correct: number; answers: number };

/** The Wilson score interval of a share of right answers (0 to 1 both); [0, 1] without answers. */
export function wilsonInterval({ correct, answers }: TAnswerTally, z = Z95): { lower: number; upper: number } {
  if (answers <= 0) return { lower: 0, upper: 1 };
  const share = correct / answers;
  const z2 = z * z;
  const denominator = 1 + z2 / answers;
  const centre = share + z2 / (2 * answers);
  const margin = z * Math.sqrt((share * (1 - share)) / answers + z2 / (4 * answers * answers));
  return {
    lower: Math.max(0, (centre - margin) / denominator),
    upper: Math.min(1, (centre + margin) / denominator),
  };
}

/** Enough answers, and even the optimistic estimate of the share right stays under 80 %. */
export function isHard(tally: TAnswerTally): boolean {
  return tally.answers >= HARD_MIN_ANSWERS && wilsonInterval(tally).upper < HARD_BELOW;
}

/** Too few answers to say anything either way: a miss among them is not yet a sign of a hard question. */
export function tooFewAnswers(tally: TAnswerTally): boolean {
  return tally.answers < HARD_MIN_ANSWERS;
}

/**
 * Hardest first: the lowest plausible best share right (upper bound) first, so 0 of 20 comes before 0 of 3;
 * then the lower share right, then more answers.
 */
export function byHardness(a: TAnswerTally, b: TAnswerTally): number {
  const share = (tally: TAnswerTally) => (tally.answers ? tally.correct / tally.answers : 1);
  return wilsonInterval(a).upper - wilsonInterval(b).upper || share(a) - share(b) || b.answers - a.answers;
}
