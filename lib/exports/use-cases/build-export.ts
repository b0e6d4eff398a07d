// One export file of a set in one language and format: what the set page's downloads and the command line share.
// Reads the PDF font from node_modules (dejavu-fonts-ttf: DejaVu Sans covers German and Vietnamese letters; its
// licence allows embedding) and zips the QTI package with fflate.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { ankiPackage } from "@/lib/exports/rules/anki";
import { buildExportSet, type TExportInput } from "@/lib/exports/rules/export-set";
import { gift } from "@/lib/exports/rules/gift";
import { kahootXlsx } from "@/lib/exports/rules/kahoot";
import { moodleXml } from "@/lib/exports/rules/moodle-xml";
import { qtiPackage } from "@/lib/exports/rules/qti";
import { quizletTsv } from "@/lib/exports/rules/quizlet";
import { answerKeyPdf, worksheetPdf, type TPdfFonts } from "@/lib/exports/rules/worksheet-pdf";
import type { TExportFile, TExportFormat } from "@/lib/exports/types";

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

let fonts: TPdfFonts | undefined;
function pdfFonts(): TPdfFonts {
  fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, "DejaVuSans.ttf")),
    bold: readFileSync(path.join(FONT_DIR, "DejaVuSans-Bold.ttf")),
  };
  return fonts;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export async function buildExport(input: TExportInput, format: TExportFormat): Promise<TExportFile> {
  const set = buildExportSet(input);
  const base = `${input.setId}-${input.lang}`;
  switch (format) {
    case "moodle":
      return { filename: `${base}-moodle.xml`, contentType: "application/xml; charset=utf-8", body: utf8(moodleXml(set)) };
    case "gift":
      return { filename: `${base}-gift.txt`, contentType: "text/plain; charset=utf-8", body: utf8(gift(set)) };
    case "qti": {
      const files = Object.fromEntries(Object.entries(qtiPackage(set)).map(([name, text]) => [name, strToU8(text)]));
      return { filename: `${base}-qti21.zip`, contentType: "application/zip", body: zipSync(files) };
    }
    case "kahoot":
      return {
        filename: `${base}-kahoot.xlsx`,
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body: await kahootXlsx(set),
      };
    case "anki":
      return { filename: `${base}.apkg`, contentType: "application/octet-stream", body: ankiPackage(set, input.questions) };
    case "quizlet":
      return {
        filename: `${base}-quizlet.tsv`,
        contentType: "text/tab-separated-values; charset=utf-8",
        body: utf8(quizletTsv(set)),
      };
    case "worksheet":
      return {
        filename: `${base}-${input.lang === "de" ? "arbeitsblatt" : "worksheet"}.pdf`,
        contentType: "application/pdf",
        body: await worksheetPdf(set, pdfFonts()),
      };
    case "answer-key":
      return {
        filename: `${base}-${input.lang === "de" ? "loesungen" : "answer-key"}.pdf`,
        contentType: "application/pdf",
        body: await answerKeyPdf(set, pdfFonts()),
      };
  }
}
