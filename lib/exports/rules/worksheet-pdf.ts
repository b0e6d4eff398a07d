// Paper: a printable A4 worksheet (numbered questions with boxes and lines to answer on, map questions as a
// choice of countries) and a separate answer key (answer, explanation, note, every source sentence with its
// article and date); both end with the bibliography: the articles cited, each with the dates its sentences stand
// at. Laid out with pdfkit; the caller hands in a TrueType font with German umlauts and Vietnamese diacritics
// ("Tô Lâm", "Lương Cường"), which pdfkit embeds as a subset.
import PDFDocument from "pdfkit";
import { bibliography, EXPORT_WORDS, omittedLine } from "@/lib/exports/rules/export-set";
import type { TExportQuestion, TExportSet } from "@/lib/exports/types";
import type { TLang } from "@/questions/types";

export type TPdfFonts = { regular: Uint8Array; bold: Uint8Array };

const WORDS = {
  de: {
    worksheet: "Arbeitsblatt",
    key: "Lösungen",
    name: "Name: ______________________________   Datum: ______________",
    instructions:
      "Kreuze die richtige Antwort an (☐), schreibe Zahlen auf die Linie, ordne mit Nummern oder Buchstaben zu. Die Quellen stehen am Ende.",
    several: "(mehrere Antworten richtig)",
    place: "Schreibe die Nummer des Platzes (1 = zuerst) auf die Linie.",
    match: "Schreibe zu jeder Nummer den passenden Buchstaben.",
    bibliography: "Quellenverzeichnis",
    cited: "Zitierte Stellen mit Stand",
    sourceRef: "Quelle",
    page: "Seite",
  },
  en: {
    worksheet: "Worksheet",
    key: "Answer key",
    name: "Name: ______________________________   Date: ______________",
    instructions:
      "Tick the right answer (☐), write numbers on the line, match with numbers or letters. The sources are listed at the end.",
    several: "(more than one answer is right)",
    place: "Write the number of each item's place (1 = first) on the line.",
    match: "Write the matching letter next to each number.",
    bibliography: "Bibliography",
    cited: "Passages cited, as of",
    sourceRef: "Source",
    page: "Page",
  },
};

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const MARGIN = 56;
const A4_WIDTH = 595.28;
/** Answers and sources sit 14 pt in; pdfkit's own `indent` moves only a paragraph's first line. */
const INDENT = { width: A4_WIDTH - 2 * MARGIN - 14 };

type TDoc = InstanceType<typeof PDFDocument>;

function createDoc(title: string, lang: TLang, fonts: TPdfFonts): TDoc {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: title, Author: "Putins Verbündete", Subject: title },
    lang: lang === "de" ? "de-DE" : "en-GB",
    bufferPages: true,
  });
  doc.registerFont("body", Buffer.from(fonts.regular));
  doc.registerFont("bold", Buffer.from(fonts.bold));
  doc.font("body");
  return doc;
}

function finish(doc: TDoc, lang: TLang): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("body")
      .fontSize(8)
      .fillColor("#666")
      .text(`${WORDS[lang].page} ${index + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 4, {
        width: doc.page.width - 2 * MARGIN,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function header(doc: TDoc, set: TExportSet, what: string) {
  doc.font("bold").fontSize(16).fillColor("black").text(`${set.title} – ${what}`);
  doc
    .font("body")
    .fontSize(9)
    .fillColor("#444")
    .text(set.lang === "de" ? "Putins Verbündete" : "Putin's allies");
  doc.moveDown(0.6);
}

function questionHead(doc: TDoc, question: TExportQuestion) {
  if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
  doc.font("bold").fontSize(11).fillColor("black").text(`${question.number}. ${question.prompt}`, MARGIN);
  doc.font("body").fontSize(8).fillColor("#555").text(question.asOfLabel);
  doc.fontSize(10.5).fillColor("black");
}

function answerSpace(doc: TDoc, question: TExportQuestion, lang: TLang, articleNumber: Map<string, number>) {
  const words = WORDS[lang];
  const indent = INDENT;
  switch (question.kind) {
    case "single":
    case "truefalse":
    case "multi":
      if (question.kind === "multi")
        doc
          .fontSize(9)
          .text(words.several, MARGIN + 14, undefined, indent)
          .fontSize(10.5);
      for (const choice of question.choices) doc.text(`☐  ${choice.text}`, MARGIN + 14, undefined, indent);
      break;
    case "numeric":
      doc
        .moveDown(0.3)
        .text(`${EXPORT_WORDS[lang].answer}: ____________________ ${question.unit}`, MARGIN + 14, undefined, indent);
      break;
    case "matching": {
      const rights = [...question.pairs.map((pair) => pair.right), ...question.distractors].sort((a, b) => a.localeCompare(b));
      doc
        .fontSize(9)
        .text(words.match, MARGIN + 14, undefined, indent)
        .fontSize(10.5);
      question.pairs.forEach((pair, index) => doc.text(`${index + 1}. ${pair.left}   → ____`, MARGIN + 14, undefined, indent));
      doc.moveDown(0.2);
      rights.forEach((right, index) => doc.text(`${LETTERS[index]}) ${right}`, MARGIN + 14, undefined, indent));
      break;
    }
    case "ordering":
      doc
        .fontSize(9)
        .text(words.place, MARGIN + 14, undefined, indent)
        .fontSize(10.5);
      for (const item of question.shown) doc.text(`____  ${item}`, MARGIN + 14, undefined, indent);
      break;
  }
  const refs = [...new Set(question.sources.map((source) => `[${articleNumber.get(source.file)}] ${source.date}`))];
  doc
    .font("body")
    .fontSize(8)
    .fillColor("#555")
    .text(`${words.sourceRef}: ${refs.join("; ")}`, MARGIN + 14, undefined, indent)
    .fillColor("black");
  doc.moveDown(0.8);
}

function bibliographyPage(doc: TDoc, set: TExportSet) {
  const words = WORDS[set.lang];
  if (set.omitted.length) doc.font("body").fontSize(8).fillColor("#555").text(omittedLine(set), MARGIN);
  doc.addPage();
  doc.font("bold").fontSize(14).fillColor("black").text(words.bibliography, MARGIN);
  doc.moveDown(0.5);
  bibliography(set).forEach((entry, index) => {
    doc
      .font("bold")
      .fontSize(10.5)
      .text(`[${index + 1}] ${entry.article}`, MARGIN);
    doc
      .font("body")
      .fontSize(9)
      .text(`${words.cited}: ${entry.dates.join(", ")} · ${entry.file}`, MARGIN + 14, undefined, INDENT);
    doc.moveDown(0.5);
  });
}

const articleNumbers = (set: TExportSet) => new Map(bibliography(set).map((entry, index) => [entry.file, index + 1]));

export function worksheetPdf(set: TExportSet, fonts: TPdfFonts): Promise<Uint8Array> {
  const words = WORDS[set.lang];
  const doc = createDoc(`${set.title} – ${words.worksheet}`, set.lang, fonts);
  header(doc, set, words.worksheet);
  doc.fontSize(10).text(words.name).moveDown(0.4).fontSize(9).text(words.instructions).moveDown(0.8);
  const numbers = articleNumbers(set);
  for (const question of set.questions) {
    questionHead(doc, question);
    answerSpace(doc, question, set.lang, numbers);
  }
  bibliographyPage(doc, set);
  return finish(doc, set.lang);
}

export function answerKeyPdf(set: TExportSet, fonts: TPdfFonts): Promise<Uint8Array> {
  const words = WORDS[set.lang];
  const labels = EXPORT_WORDS[set.lang];
  const doc = createDoc(`${set.title} – ${words.key}`, set.lang, fonts);
  header(doc, set, words.key);
  const numbers = articleNumbers(set);
  for (const question of set.questions) {
    questionHead(doc, question);
    const indent = INDENT;
    doc.font("bold").text(`${labels.answer}: ${question.answerText}`, MARGIN + 14, undefined, indent);
    doc.font("body").text(`${labels.explanation}: ${question.explanation}`, MARGIN + 14, undefined, indent);
    if (question.note) doc.text(`${labels.note}: ${question.note}`, MARGIN + 14, undefined, indent);
    doc.fontSize(9).fillColor("#333");
    for (const source of question.sources) {
      const translation = set.lang === "en" ? ` (“${source.translation}”)` : "";
      doc.text(
        `${labels.source} [${numbers.get(source.file)}]: „${source.quote}“${translation} – ${source.article}, ${labels.asOf}: ${source.date}`,
        indent,
      );
    }
    doc.fillColor("black").moveDown(0.8);
  }
  bibliographyPage(doc, set);
  return finish(doc, set.lang);
}
