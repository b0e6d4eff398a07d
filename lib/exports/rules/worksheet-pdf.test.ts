// The worksheet and answer key read back with Mozilla's PDF.js (text extraction): A4 pages, every question
// numbered once, every answer and every source with its date in the key, the bibliography in both, and letters
// from the embedded font that Latin-1 fonts lack (Vietnamese names, German umlauts) extracted intact.
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { exportFixture, occurrences } from "@/lib/exports/rules/export-fixture";
import { answerKeyPdf, worksheetPdf } from "@/lib/exports/rules/worksheet-pdf";

const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const fonts = {
  regular: readFileSync(path.join(FONTS, "DejaVuSans.ttf")),
  bold: readFileSync(path.join(FONTS, "DejaVuSans-Bold.ttf")),
};

async function pdfText(bytes: Uint8Array): Promise<{ pages: number; size: number[]; text: string }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    let line = "";
    for (const item of content.items) {
      if (!("str" in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = "";
      }
    }
    lines.push(line);
  }
  const view = (await pdf.getPage(1)).view;
  return { pages: pdf.numPages, size: [Math.round(view[2]!), Math.round(view[3]!)], text: lines.join("\n") };
}

describe.each(["de", "en"] as const)("worksheet and answer key (%s)", (lang) => {
  const fixture = exportFixture("asia", lang);
  const questionCount = fixture.carried.length;

  it("prints every question once, numbered, on A4, with the bibliography", async () => {
    const { size, text } = await pdfText(await worksheetPdf(fixture.set, fonts));
    expect(size).toEqual([595, 842]);
    const numbers = [...text.matchAll(/^(\d+)\. /gm)].map((match) => Number(match[1]));
    expect(numbers.filter((n, i) => n === i + 1).length).toBe(questionCount);
    expect(text).toContain(lang === "de" ? "Quellenverzeichnis" : "Bibliography");
    expect(text).toContain("Tô Lâm");
    expect(text).toContain(lang === "de" ? "Verbündete" : "Putin's allies");
  }, 30_000);

  it("gives every answer and every source with its date in the key", async () => {
    const { text } = await pdfText(await answerKeyPdf(fixture.set, fonts));
    const flat = text.replace(/\n/g, " ");
    const labels = lang === "de" ? { answer: "Antwort: ", source: "Quelle [" } : { answer: "Answer: ", source: "Source [" };
    expect(occurrences(flat, labels.answer)).toBe(questionCount);
    expect(occurrences(flat, labels.source)).toBe(fixture.sourceCount);
    expect(text).toContain("Lương Cường");
    expect(text).toContain(lang === "de" ? "Quellenverzeichnis" : "Bibliography");
  }, 30_000);
});
