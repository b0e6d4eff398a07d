// The Kahoot! workbook opened again with exceljs: the template's headers in row 8, one row per question Kahoot can
// hold, and every other question on the notes sheet (none silently dropped); the sources sheet has every source.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportFixture } from "@/lib/exports/rules/export-fixture";
import { KAHOOT_HEADER_ROW, KAHOOT_HEADERS, kahootXlsx } from "@/lib/exports/rules/kahoot";

describe.each(["de", "en"] as const)("Kahoot! spreadsheet (%s)", (lang) => {
  const fixture = exportFixture("all-allies", lang);

  it("fills the template and lists what it cannot hold on the notes sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await kahootXlsx(fixture.set)) as unknown as ArrayBuffer);
    const [template, notes, sources] = workbook.worksheets;
    expect((template!.getRow(KAHOOT_HEADER_ROW).values as unknown[]).slice(2)).toEqual([...KAHOOT_HEADERS]);
    const rows: unknown[][] = [];
    template!.eachRow((row, number) => number > KAHOOT_HEADER_ROW && rows.push((row.values as unknown[]).slice(1)));
    // Kahoot holds two to four answers: a multiple select with more than four right ones does not fit.
    const holdable = fixture.carried.filter(
      (question) =>
        ["single", "map", "truefalse"].includes(question.kind) || (question.kind === "multi" && question.answer.length <= 4),
    );
    expect(rows).toHaveLength(holdable.length);
    rows.forEach((row, index) => {
      expect(row[0]).toBe(index + 1);
      expect(String(row[1]).length).toBeLessThanOrEqual(120);
      const answers = row.slice(2, 6).filter((answer) => answer !== undefined && answer !== "");
      expect(answers.length).toBeGreaterThanOrEqual(2);
      expect(answers.length).toBeLessThanOrEqual(4);
      expect(answers.every((answer) => String(answer).length <= 75)).toBe(true);
      expect([5, 10, 20, 30, 60, 90, 120, 240]).toContain(row[6]);
      const correct = String(row[7]).split(",").map(Number);
      expect(correct.length).toBeGreaterThan(0);
      expect(correct.every((n) => n >= 1 && n <= answers.length)).toBe(true);
    });
    // Every question Kahoot cannot hold is named on the notes sheet by its id, and the left-out map questions too.
    const noteText: string[] = [];
    notes!.eachRow((row) => noteText.push((row.values as unknown[]).join(" ")));
    const notCarried = fixture.carried.filter((question) => !holdable.includes(question));
    expect(notCarried.length).toBeGreaterThan(0);
    for (const question of [...notCarried, ...fixture.locating]) expect(noteText.join("\n")).toContain(question.id);
    expect(sources!.rowCount - 1).toBe(fixture.sourceCount);
  });
});
