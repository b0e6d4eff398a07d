// Moodle XML (docs.moodle.org, "Moodle XML format"): one category named after the set, then one question per
// question of the set. Single choice, map (as a single choice of countries) and multiple select become
// multichoice, true/false truefalse, estimates numerical with the range the app accepts, matching matching and ordering the
// ordering type (core since Moodle 4.4). The general feedback holds the explanation, the note and every source
// sentence with its article and date. Built with fast-xml-parser's builder, which escapes every text.
import { feedbackLines, omittedLine } from "@/lib/exports/rules/export-set";
import { escapeHtml, XML_DECLARATION, xmlBuilder } from "@/lib/exports/rules/xml";
import type { TExportQuestion, TExportSet } from "@/lib/exports/types";
import type { TLang } from "@/questions/types";

const html = (...paragraphs: string[]) => paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
const textNode = (text: string, format?: string) => ({ ...(format ? { "@_format": format } : {}), text });

/** Moodle accepts only these grades; 100/n for n up to 10 is among them when written with five decimals. */
export function moodleFraction(share: number): string {
  return Number.isInteger(share) ? String(share) : share.toFixed(5);
}

function choiceAnswers(question: Extract<TExportQuestion, { choices: unknown }>) {
  const right = question.choices.filter((choice) => choice.correct).length;
  const wrong = question.choices.length - right;
  return question.choices.map((choice) => ({
    "@_fraction":
      question.kind === "single"
        ? choice.correct
          ? "100"
          : "0"
        : moodleFraction(choice.correct ? 100 / right : -100 / Math.max(1, wrong)),
    "@_format": "html",
    text: html(choice.text),
    feedback: textNode("", "html"),
  }));
}

function promptText(question: TExportQuestion, lang: TLang): string {
  const unit = question.kind === "numeric" ? (lang === "de" ? ` (Angabe in ${question.unit})` : ` (in ${question.unit})`) : "";
  return html(`${question.prompt}${unit}`, question.asOfLabel);
}

function typeParts(question: TExportQuestion): [string, Record<string, unknown>] {
  const combined = {
    correctfeedback: textNode("", "html"),
    partiallycorrectfeedback: textNode("", "html"),
    incorrectfeedback: textNode("", "html"),
  };
  switch (question.kind) {
    case "single":
    case "multi":
      return [
        "multichoice",
        {
          single: question.kind === "single" ? "true" : "false",
          shuffleanswers: "true",
          answernumbering: "abc",
          showstandardinstruction: "0",
          ...combined,
          ...(question.kind === "multi" ? { shownumcorrect: "" } : {}),
          answer: choiceAnswers(question),
        },
      ];
    case "truefalse": {
      const truth = question.choices.find((choice) => choice.correct)?.id === "true";
      return [
        "truefalse",
        {
          answer: [
            { "@_fraction": truth ? "100" : "0", "@_format": "moodle_auto_format", text: "true", feedback: textNode("", "html") },
            {
              "@_fraction": truth ? "0" : "100",
              "@_format": "moodle_auto_format",
              text: "false",
              feedback: textNode("", "html"),
            },
          ],
        },
      ];
    }
    case "numeric":
      return [
        "numerical",
        {
          answer: {
            "@_fraction": "100",
            "@_format": "moodle_auto_format",
            // Moodle's tolerance is symmetric: the middle of the accepted range, and half its width.
            text: String((question.min + question.max) / 2),
            tolerance: String((question.max - question.min) / 2),
            feedback: textNode("", "html"),
          },
          unitgradingtype: "0",
          unitpenalty: "0.1000000",
          showunits: "3",
          unitsleft: "0",
        },
      ];
    case "matching":
      return [
        "matching",
        {
          shuffleanswers: "true",
          ...combined,
          shownumcorrect: "",
          subquestion: [
            ...question.pairs.map((pair) => ({ "@_format": "html", text: html(pair.left), answer: { text: pair.right } })),
            // A right-hand option that matches nothing: Moodle's way is a subquestion without text.
            ...question.distractors.map((right) => ({ "@_format": "html", text: "", answer: { text: right } })),
          ],
        },
      ];
    case "ordering":
      return [
        "ordering",
        {
          layouttype: "VERTICAL",
          selecttype: "ALL",
          selectcount: "0",
          gradingtype: "ABSOLUTE_POSITION",
          showgrading: "SHOW",
          numberingstyle: "none",
          ...combined,
          shownumcorrect: "1",
          // In the right order; Moodle shuffles them for the student.
          answer: question.ordered.map((text, index) => ({
            "@_fraction": String(index + 1),
            "@_format": "moodle_auto_format",
            text,
          })),
        },
      ];
  }
}

function moodleQuestion(question: TExportQuestion, lang: TLang) {
  const [type, parts] = typeParts(question);
  const tags = [
    ...question.countryCodes.map((code) => `country:${code}`),
    ...question.themeIds.map((theme) => `theme:${theme}`),
    `kind:${question.sourceKind}`,
  ];
  return {
    "@_type": type,
    name: { text: `${String(question.number).padStart(3, "0")} ${question.prompt}`.slice(0, 250) },
    questiontext: textNode(promptText(question, lang), "html"),
    generalfeedback: textNode(html(...feedbackLines(question, lang)), "html"),
    defaultgrade: "1",
    penalty: type === "truefalse" ? "1" : "0.3333333",
    hidden: "0",
    idnumber: question.id,
    ...parts,
    tags: { tag: tags.map((tag) => ({ text: tag })) },
  };
}

export function moodleXml(set: TExportSet): string {
  const builder = xmlBuilder();
  const category = {
    "@_type": "category",
    category: { text: `$course$/top/${set.lang === "de" ? "Putins Verbündete" : "Putin's allies"}/${set.title}` },
    info: textNode("", "html"),
  };
  return `${XML_DECLARATION}${builder.build({
    quiz: {
      ...(set.omitted.length ? { "#comment": ` ${omittedLine(set)} ` } : {}),
      question: [category, ...set.questions.map((question) => moodleQuestion(question, set.lang))],
    },
  })}`;
}
