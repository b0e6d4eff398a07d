import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem, loadFactBase, QUESTIONS_DIR } from "./load";
import { copyFactBase } from "@/questions/testing/fact-base-copy";

describe("the fact base", () => {
  const { kb, problems } = loadFactBase();

  it("loads without a problem", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(kb).toBeDefined();
  });

  it("quotes every source sentence word for word from its article", () => {
    const texts = new Map(
      readdirSync(path.join(QUESTIONS_DIR, "sources")).map((file) => [
        file,
        readFileSync(path.join(QUESTIONS_DIR, "sources", file), "utf8"),
      ]),
    );
    expect(kb!.facts.length).toBeGreaterThan(80);
    for (const fact of kb!.facts) {
      for (const source of fact.sources) {
        expect(texts.get(source.file), `${fact.id}: ${source.quote}`).toContain(source.quote);
      }
    }
  });

  it("has an entry, with German and English names and an ISO code, for every ally the articles name", () => {
    const allies = [...kb!.countries.values()].filter((country) => country.role !== "context").map((country) => country.code);
    expect(allies.sort()).toEqual(["BF", "BY", "CN", "IN", "IR", "KP", "KZ", "MY", "SY", "UZ", "VN"]);
    for (const code of allies) {
      const country = kb!.countries.get(code)!;
      expect(country.name.de).toBeTruthy();
      expect(country.name.en).toBeTruthy();
    }
    expect(kb!.countries.get("KP")!.name).toEqual({ de: "Nordkorea", en: "North Korea" });
  });

  it("keeps estimates as estimates", () => {
    const soldiers = kb!.factsById.get("kp.number.soldiers");
    expect(soldiers).toMatchObject({ type: "number", value: 30000, qualifier: "more-than", estimate: true });
  });

  // Outside this workplace there are no seeds to compare with: then the test says so as skipped, not passed.
  const seeds = path.resolve(QUESTIONS_DIR, "../../shared/seeds");
  it.skipIf(!existsSync(seeds))("copies of the source articles match the project's seeds", () => {
    const files = readdirSync(seeds);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(path.join(QUESTIONS_DIR, "sources", file), "utf8")).toBe(readFileSync(path.join(seeds, file), "utf8"));
    }
  });
});

describe("a wrong entry is reported with its file, line, path and reason", () => {
  function problemsAfter(relative: string, change: (text: string) => string): string[] {
    const copy = copyFactBase();
    copy.edit(relative, change);
    const { kb, problems } = loadFactBase(copy.root);
    expect(kb).toBeUndefined();
    return problems.map(formatProblem);
  }

  it("a quote that is not in its source", () => {
    const problems = problemsAfter("facts/allies/kz.yaml", (text) => text.replace("mit 7644 Kilometern", "mit 7645 Kilometern"));
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^questions\/facts\/allies\/kz\.yaml:\d+ facts\[\d+\]\.sources\[0\]\.quote: not found verbatim in 000_56ae70b09102ecdf\.txt$/,
      ),
    );
  });

  it("malformed YAML", () => {
    const problems = problemsAfter("facts/allies/by.yaml", (text) => text.replace("facts:", "facts: [unclosed"));
    expect(problems[0]).toMatch(/^questions\/facts\/allies\/by\.yaml:\d+ \(file\): YAML: /);
  });

  it("a duplicate fact id", () => {
    const problems = problemsAfter("facts/allies/vn.yaml", (text) =>
      text.replace("id: vn.statement.deepened", "id: vn.statement.defence-claim"),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/vn\.yaml:\d+ facts\[\d+\]\.id: duplicate fact id "vn\.statement\.defence-claim"/),
    );
  });

  it("an unknown country code", () => {
    const problems = problemsAfter("facts/context.yaml", (text) =>
      text.replace("members: [BY, UZ, CN, KP, VN]", "members: [BY, UZ, CN, KP, XX]"),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/context\.yaml:\d+ facts\[\d+\]\.members\[4\]: unknown country code XX/),
    );
  });

  it("a field of the wrong type, and an unknown fact type", () => {
    const wrongType = problemsAfter("facts/allies/kz.yaml", (text) => text.replace("value: 7644", 'value: "lang"'));
    expect(wrongType).toContainEqual(expect.stringMatching(/kz\.yaml:\d+ facts\[\d+\]\.value: .*number/i));
    const unknownType = problemsAfter("facts/allies/kz.yaml", (text) => text.replace("type: membership", "type: friendship"));
    expect(unknownType).toContainEqual(
      expect.stringMatching(/kz\.yaml:\d+ facts\[0\]\.type: expected one of leader, membership/),
    );
  });

  it("points at the line of the wrong entry", () => {
    const copy = copyFactBase();
    copy.edit("facts/allies/kz.yaml", (text) => text.replace("mit 7644 Kilometern", "mit 7645 Kilometern"));
    const { problems } = loadFactBase(copy.root);
    const lines = readFileSync(path.join(copy.root, "facts/allies/kz.yaml"), "utf8").split("\n");
    const line = problems[0]!.line!;
    expect(lines[line - 1]).toContain("7645 Kilometern");
  });
});
