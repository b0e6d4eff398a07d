// Write mode (as Quizlet's Write): questions whose answer is a person or a country are answered by typing the
// name instead of picking it. Which questions qualify, and what counts as the right name: the option's German and
// English spelling, a person's family name alone, a country's other names; the other options (or, on a map
// question, the other countries) are what a typo must not come nearer to.
import countries from "i18n-iso-countries";
import type { TLocalized } from "@/questions/schema";
import type { TOption, TStoredQuestion } from "@/questions/types";

export type TAnswerMode = "choice" | "write";

const COUNTRY_CODE = /^[A-Z]{2}$/;
const isCountryOption = (option: TOption) => COUNTRY_CODE.test(option.subject) && option.id === option.subject.toLowerCase();
// Person options are named by the person's id (lukashenko, xi, to-lam); so are organisations and items, so the
// question must also ask "who".
const isPersonQuestion = (question: TStoredQuestion) =>
  /^Wer /.test(question.prompt.de) && question.options.every((option) => option.id === option.subject);

/** A question that write mode asks: a map question, or a single choice whose options are countries or persons. */
export function isWriteable(question: TStoredQuestion): boolean {
  if (question.kind === "map") return true;
  if (question.kind !== "single") return false;
  return question.options.every(isCountryOption) || isPersonQuestion(question);
}

const displayNames = {
  de: new Intl.DisplayNames(["de"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};
const countryName = (code: string): TLocalized => ({
  de: displayNames.de.of(code) ?? code,
  en: displayNames.en.of(code) ?? code,
});
const countrySpellings = (code: string) => {
  const name = countryName(code);
  return [name.de, name.en];
};

/** A person's full name in both languages, and the family name alone ("Lukaschenko", "Assad") when not too short. */
function personSpellings(text: TLocalized): string[] {
  const family = [text.de, text.en].map((name) => name.split(" ").at(-1)!.replace(/^al-/, ""));
  return [text.de, text.en, ...family.filter((name) => name.length >= 4)];
}

function optionSpellings(question: TStoredQuestion, option: TOption): string[] {
  return isCountryOption(option)
    ? [option.text.de, option.text.en, ...countrySpellings(option.subject)]
    : personSpellings(option.text);
}

let allCodes: string[] | undefined;

/** What write mode accepts for a question: the right spellings, the other candidates', and the answer to show. */
export function writtenAnswer(question: TStoredQuestion): { right: string[]; others: string[][]; shown: TLocalized } {
  if (question.kind === "map") {
    allCodes ??= Object.keys(countries.getAlpha2Codes());
    return {
      right: countrySpellings(question.answer),
      others: allCodes.filter((code) => code !== question.answer).map(countrySpellings),
      shown: countryName(question.answer),
    };
  }
  const right = question.options.find((option) => option.id === question.answer)!;
  return {
    right: optionSpellings(question, right),
    others: question.options.filter((option) => option !== right).map((option) => optionSpellings(question, option)),
    shown: right.text,
  };
}
