import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildReport } from "./report";
import { gameReportTables } from "./report-tables";
import { tableCsv, tablesXlsx, type TTable } from "./tables";
import { sampleQuestion } from "@/lib/games/testing/sample-questions";

const table: TTable = {
  name: "Schüler: 7b/alle",
  columns: [
    { header: "Spitzname" },
    { header: "Anteil richtig (%)", format: "share" },
    { header: "Zeit (s)", format: "seconds" },
  ],
  rows: [
    ["=1+1", 2 / 3, 2.25],
    ["Ben", null, null],
  ],
};

async function readBack(file: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
  return workbook;
}

describe("tables", () => {
  it("writes CSV with whole percent and the language's decimals", () => {
    expect(tableCsv(table, "de")).toBe("\uFEFFSpitzname;Anteil richtig (%);Zeit (s)\r\n'=1+1;67;2,3\r\nBen;;\r\n");
    expect(tableCsv(table, "en")).toContain("'=1+1,67,2.3\r\n");
  });

  it("writes a workbook with a sheet per table, numbers as numbers and formula-like text as text", async () => {
    const workbook = await readBack(await tablesXlsx([table, { ...table, name: "Fragen" }], "test"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Schüler  7b alle", "Fragen"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Spitzname", "Anteil richtig (%)", "Zeit (s)"]);
    expect(sheet.getCell("A2").value).toBe("=1+1");
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").value).toBeCloseTo(2 / 3);
    expect(sheet.getCell("B2").numFmt).toBe("0%");
    expect(sheet.rowCount).toBe(3);
  });

  it("gives a game's report three sheets: results, questions, answers", async () => {
    const questions = [sampleQuestion("single"), sampleQuestion("truefalse")];
    const report = buildReport({
      questions,
      askedCount: 2,
      players: [{ id: "p1", nickname: "Ada", score: 900, accuracyScore: 1000, correctCount: 1, finishedAt: 1 }],
      answers: [
        { gamePlayerId: "p1", questionIndex: 0, correct: true, points: 900, bonus: 0, accuracyPoints: 1000, timeMs: 2000 },
      ],
    });
    const answers = [{ gamePlayerId: "p1", questionIndex: 0, answerText: "Belarus", correct: true, timeMs: 2000, points: 900 }];
    const workbook = await readBack(await tablesXlsx(gameReportTables(report, answers, "de"), "test"));
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([
      ["Ergebnisse", 2],
      ["Fragen", 3],
      ["Antworten", 3],
    ]);
    expect(workbook.getWorksheet("Ergebnisse")!.getRow(2).values).toEqual([undefined, 1, "Ada", 900, 1, 1, 2, "ja"]);
    expect(workbook.getWorksheet("Fragen")!.getCell("E2").value).toBe(1);
  });
});
