import { describe, expect, it } from "vitest";
import { buildQuestionBank, contentHash, generateQuestions } from "./bank";
import { loadFactBase } from "./load";
import { copyFactBase } from "@/questions/testing/fact-base-copy";
import { QUESTION_KINDS, type TQuestion } from "./types";
import { validateQuestion } from "./validate";

const { bank, problems } = buildQuestionBank();

describe("the question bank", () => {
  it("builds without a problem", () => {
    expect(problems).toEqual([]);
    expect(bank!.questions.length).toBeGreaterThan(150);
  });

  it("has every kind of question", () => {
    const kinds = new Set(bank!.questions.map((question) => question.kind));
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it("dates each source sentence by its own article, also where a question rests on both", () => {
    const kb = loadFactBase().kb!;
    const facts = new Map([...kb.facts.values()].map((fact) => [fact.id, fact]));
    const mixed = bank!.questions.filter((question) => new Set(question.sources.map((source) => source.file)).size > 1);
    expect(mixed.length).toBeGreaterThan(0);
    for (const question of bank!.questions) {
      for (const source of question.sources) {
        expect(source.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        // A fact that names its own date keeps it; otherwise the sentence stands at its article's date.
        const dated = question.factIds.some((id) => facts.get(id)?.asOf === source.asOf);
        expect(
          dated || source.asOf === kb.sources.get(source.file)!.asOf,
          `${question.id}: ${source.file} as of ${source.asOf}`,
        ).toBe(true);
      }
    }
  });

  it("is the same, id for id and option for option, on every build", () => {
    const again = buildQuestionBank().bank!;
    expect(JSON.stringify(again.questions)).toBe(JSON.stringify(bank!.questions));
    expect(again.version).toBe(bank!.version);
  });

  it("gives every question its fact ids, explanation, source, as-of date, difficulty and tags in both languages", () => {
    for (const question of bank!.questions) {
      expect(question.id).toMatch(/^(sc|ms|tf|nu|ma|or|mp)-[0-9a-f]{10}$/);
      expect(question.factIds.length).toBeGreaterThan(0);
      expect(question.prompt.de && question.prompt.en).toBeTruthy();
      expect(question.explanation.de && question.explanation.en).toBeTruthy();
      expect(question.sources[0]!.quote.length).toBeGreaterThan(10);
      expect(question.asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect([1, 2, 3]).toContain(question.difficulty);
      expect(question.tags.themes.length + question.tags.countries.length).toBeGreaterThan(0);
    }
  });

  it("tests every fact and every ally: each number, date, leader, organisation and quote", () => {
    const tested = new Set(bank!.questions.flatMap((question) => question.factIds));
    for (const fact of bank!.kb.facts) expect(tested, fact.id).toContain(fact.id);
    const about = new Set(bank!.questions.flatMap((question) => question.tags.countries));
    for (const country of bank!.kb.countries.values()) {
      if (country.role !== "context") expect(about, country.code).toContain(country.code);
    }
    const organisations = new Set(
      bank!.questions
        .flatMap((question) => question.options.map((option) => option.subject))
        .filter((s) => bank!.kb.organisations.has(s)),
    );
    for (const fact of bank!.kb.facts) if (fact.type === "membership") expect(organisations).toContain(fact.organisation);
  });

  it("never offers Russia or Ukraine as a wrong answer about allies", () => {
    for (const question of bank!.questions) {
      const subjects = question.options.map((option) => option.subject);
      expect(subjects, question.id).not.toContain("RU");
      expect(subjects, question.id).not.toContain("UA");
    }
  });

  it("keeps ids when facts are reordered, and when only a fact's wording changes", () => {
    const copy = copyFactBase();
    // Move Kazakhstan's first fact to the end of its list, and reword a claim.
    copy.edit("facts/allies/kz.yaml", (text) => {
      const [head, body] = text.split("facts:\n");
      const entries = body!.split(/\n(?=  - id: )/);
      return `${head}facts:\n${[...entries.slice(1), entries[0]].join("\n")}\n`;
    });
    copy.edit("facts/allies/kz.yaml", (text) =>
      text.replace(
        '"{country} teilt sich mit Russland die längste durchgehende Landgrenze der Welt."',
        '"{country} hat mit Russland die weltweit längste durchgehende Landgrenze."',
      ),
    );
    const edited = buildQuestionBank(copy.root).bank!;
    expect(edited.questions.map((q) => q.id).sort()).toEqual(bank!.questions.map((q) => q.id).sort());
    const changed = edited.questions.filter((q) => contentHash(q) !== contentHash(bank!.questionsById.get(q.id)!));
    expect(changed.length).toBeGreaterThan(0);
    for (const question of changed) expect(question.factIds).toContain("kz.statement.longest-border");
  });
});

describe("the validation pass", () => {
  const { kb } = loadFactBase();
  const questions = generateQuestions(kb!);
  const find = (predicate: (q: TQuestion) => boolean) => structuredClone(questions.find(predicate)!);

  it("accepts every generated question", () => {
    expect(questions.flatMap((question) => validateQuestion(kb!, question))).toEqual([]);
  });

  it("refuses a wrong option that is in fact right (a second correct answer)", () => {
    const question = find((q) => q.kind === "single" && q.check.relation === "supplies" && q.check.args.item === "drones");
    if (question.kind !== "single") throw new Error("expected single choice");
    const wrong = question.options.find((option) => option.id !== question.answer)!;
    wrong.subject = "IR";
    wrong.id = "ir2";
    expect(validateQuestion(kb!, question).join("\n")).toMatch(/wrong option .* is true by the facts/);
  });

  it("refuses a wrong option that the real world makes right or unclear", () => {
    // China supplies drone parts in reality (background.yaml): it must never be a wrong answer about drones.
    const question = find((q) => q.kind === "single" && q.check.relation === "supplies" && q.check.args.item === "drones");
    if (question.kind !== "single") throw new Error("expected single choice");
    const wrong = question.options.find((option) => option.id !== question.answer)!;
    Object.assign(wrong, { id: "cn2", subject: "CN", text: { de: "China*", en: "China*" } });
    expect(validateQuestion(kb!, question).join("\n")).toMatch(/wrong option "China\*" is unknown/);
  });

  it("refuses Russia as a wrong option where it would be right", () => {
    const question = find((q) => q.kind === "single" && q.check.relation === "member-of" && q.check.args.organisation === "cis");
    if (question.kind !== "single") throw new Error("expected single choice");
    const wrong = question.options.find((option) => option.id !== question.answer)!;
    Object.assign(wrong, { id: "ru", subject: "RU", text: { de: "Russland", en: "Russia" } });
    expect(validateQuestion(kb!, question).join("\n")).toMatch(/wrong option "Russland" is unknown/);
  });

  it("refuses a true/false statement marked the wrong way, and an ordering out of order", () => {
    const statement = find((q) => q.kind === "truefalse" && q.answer === "true");
    if (statement.kind !== "truefalse") throw new Error("expected true/false");
    statement.answer = "false";
    expect(validateQuestion(kb!, statement).join("\n")).toMatch(/the statement is true but the answer says false/);

    const ordering = find((q) => q.kind === "ordering");
    if (ordering.kind !== "ordering") throw new Error("expected ordering");
    ordering.answer.reverse();
    expect(validateQuestion(kb!, ordering).join("\n")).toMatch(/is not certainly before/);
  });

  it("refuses an ambiguous matching and a map question another country would also answer", () => {
    const matching = find((q) => q.kind === "matching" && q.check.relation === "leader-pair");
    if (matching.kind !== "matching") throw new Error("expected matching");
    const [first, second] = matching.answer;
    matching.answer[0] = [first![0], second![1]];
    matching.answer[1] = [second![0], first![1]];
    expect(validateQuestion(kb!, matching).join("\n")).toMatch(/pair .* is false/);

    const map = find((q) => q.kind === "map" && q.check.relation === "is-country");
    map.check = { relation: "member-of", args: { organisation: "brics" } };
    expect(validateQuestion(kb!, map).join("\n")).toMatch(/would also be right|is not the right country/);
  });
});
