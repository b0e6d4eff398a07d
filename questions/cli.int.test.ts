// The command line as a teacher would use it: `npm run questions -- <command>`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function questions(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["questions/cli.ts", ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type TExported = {
  sets: Array<{
    id: string;
    title: string;
    questions: Array<{
      id: string;
      kind: string;
      prompt: string;
      options: Array<{ id: string; text: string }>;
      answer: unknown;
      explanation: string;
      source: { file: string; quote: string };
      asOf: string;
      factIds: string[];
      tags: string[];
    }>;
  }>;
};

describe("npm run questions", () => {
  it("lists the sets with their question counts", () => {
    const { code, stdout } = questions("list");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^all-allies\s+\d+\s+Alle Verbündeten \/ All allies$/m);
    expect(stdout).toMatch(/^daily\s+10\s+Tagesquiz/m);
  });

  it("exports a set as JSON in the documented shape, the same for the same seed", () => {
    const first = questions("export", "--set", "africa", "--lang", "en", "--format", "json", "--seed", "3");
    expect(first.code).toBe(0);
    const json = JSON.parse(first.stdout) as TExported;
    expect(json.sets).toHaveLength(1);
    expect(json.sets[0]).toMatchObject({ id: "africa", title: "Africa" });
    for (const question of json.sets[0]!.questions) {
      expect(Object.keys(question)).toEqual(
        expect.arrayContaining(["id", "kind", "prompt", "options", "answer", "explanation", "source", "asOf", "factIds", "tags"]),
      );
      expect(question.source.file).toMatch(/^00[01]_\w+\.txt$/);
      if (question.kind === "map") expect(question.answer).toBe("BF");
    }
    expect(questions("export", "--set", "africa", "--lang", "en", "--format", "json", "--seed", "3").stdout).toBe(first.stdout);
    const other = JSON.parse(questions("export", "--set", "africa", "--lang", "en", "--seed", "4").stdout) as TExported;
    expect(other.sets[0]!.questions.map((q) => q.id)).not.toEqual(json.sets[0]!.questions.map((q) => q.id));
  });

  it("exports every set, and Markdown in German", () => {
    const all = JSON.parse(questions("export", "--set", "all", "--date", "2026-11-21").stdout) as TExported;
    expect(all.sets.map((set) => set.id)).toContain("daily");
    expect(all.sets.find((set) => set.id === "daily")!.questions).toHaveLength(10);
    const md = questions("export", "--set", "numbers", "--lang", "de", "--format", "md");
    expect(md.stdout).toMatch(/^## Zahlen und Daten \(\d+\)$/m);
    expect(md.stdout).toContain("Quelle: ");
  });

  it("checks the fact base and every question", () => {
    const { code, stdout } = questions("check");
    expect(code).toBe(0);
    expect(stdout).toMatch(/✔ \d+ questions .* each with exactly its intended answer/);
  });

  it("prints a review sheet: German and English side by side, with key, explanation, translated source and date", () => {
    const { code, stdout } = questions("review", "--set", "africa");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Review: Afrika \/ Africa \(\d+\)$/m);
    expect(stdout).toContain("| | Deutsch | English |");
    for (const row of ["as of", "prompt", "key", "explanation", "source 000", "date"]) expect(stdout).toContain(`| ${row} |`);
    expect(stdout).toMatch(/\| as of \| Stand laut Bildergalerie: August 2025 \| As of August 2025, per the picture gallery \|/);
    expect(stdout).not.toContain("(no translation)");
  });

  it("explains bad arguments", () => {
    expect(questions("export", "--set", "nowhere")).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--set: unknown set "nowhere"; sets: all-allies/),
    });
    expect(questions("export", "--set", "asia", "--lang", "fr")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--lang: expected de or en/),
    });
    expect(questions("frobnicate")).toMatchObject({ code: 2, stderr: expect.stringMatching(/^usage: npm run questions/) });
    expect(questions("export", "--set", "asia", "--format", "docx")).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /--format: unknown format "docx"; formats: json, md, moodle, gift, qti, kahoot, anki, quizlet, worksheet, answer-key/,
      ),
    });
  });

  it("exports a set for other tools: text to standard output, files to --out", () => {
    const gift = questions("export", "--set", "africa", "--lang", "en", "--format", "gift");
    expect(gift.code).toBe(0);
    expect(gift.stdout).toMatch(/^\$CATEGORY: \$course\$\/top\/Putin's allies\/Africa$/m);
    const out = path.join(mkdtempSync(path.join(tmpdir(), "export-")), "africa.apkg");
    const anki = questions("export", "--set", "africa", "--format", "anki", "--out", out);
    expect(anki).toMatchObject({ code: 0, stderr: expect.stringContaining(out) });
    expect(readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
