// The right answer to a question as an attempt shows it (sealed ids), looked up in the open fact base the way a
// student who knows the material would: by the question's words, not by its ids. For tests that must answer
// right, such as the timing of a right answer.
import { buildQuestionBank } from "@/questions/bank";
import type { TQuestion } from "@/questions/types";

type TShown = {
  kind: string;
  prompt: { de: string };
  options: Array<{ id: string; text: { de: string } }>;
};

const bank = buildQuestionBank().bank!;

export function rightAnswerOf(shown: TShown): unknown {
  const sameOptions = (question: TQuestion) =>
    question.options
      .map((option) => option.text.de)
      .sort()
      .join("|") ===
    shown.options
      .map((option) => option.text.de)
      .sort()
      .join("|");
  const question = bank.questions.find(
    (candidate) => candidate.kind === shown.kind && candidate.prompt.de === shown.prompt.de && sameOptions(candidate),
  );
  if (!question) throw new Error(`no question in the fact base reads "${shown.prompt.de}"`);
  const sealed = (id: string) => {
    const text = question.options.find((option) => option.id === id)!.text.de;
    return shown.options.find((option) => option.text.de === text)!.id;
  };
  switch (question.kind) {
    case "truefalse":
      return question.answer;
    case "single":
      return sealed(question.answer);
    case "multi":
    case "ordering":
      return question.answer.map(sealed);
    case "matching":
      return question.answer.map(([left, right]) => [sealed(left), sealed(right)]);
    case "numeric":
      return question.answer.value;
    case "map":
      return question.answer;
  }
}

/** Write mode: the right name (German) of a question shown without options, found by its prompt. */
export function rightNameOf(shown: { kind: string; prompt: { de: string } }): string {
  const question = bank.questions.find((candidate) => candidate.kind === shown.kind && candidate.prompt.de === shown.prompt.de);
  if (!question) throw new Error(`no question in the fact base reads "${shown.prompt.de}"`);
  if (question.kind === "map") return new Intl.DisplayNames(["de"], { type: "region" }).of(question.answer)!;
  if (question.kind !== "single") throw new Error(`write mode asked a ${question.kind} question`);
  return question.options.find((option) => option.id === question.answer)!.text.de;
}
