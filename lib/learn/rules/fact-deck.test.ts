import { describe, expect, it } from "vitest";
import { buildQuestionBank } from "@/questions/bank";
import { buildLearnFacts, learnBack, learnCard } from "./fact-deck";

const { bank } = buildQuestionBank();
if (!bank) throw new Error("the fact base does not build");
const facts = buildLearnFacts(bank.questions, { seed: "2026-11-21" });
const byId = new Map(facts.map((fact) => [fact.id, fact]));

describe("learn facts from the question bank", () => {
  it("gives every fact a statement and at least one question that tests it", () => {
    expect(facts.map((fact) => fact.id)).toEqual(bank.kb.facts.map((fact) => fact.id).sort());
    for (const fact of facts) {
      expect(fact.statement.de.length, fact.id).toBeGreaterThan(10);
      expect(fact.questions.length, fact.id).toBeGreaterThan(0);
      for (const { solution } of fact.questions) expect(solution.factIds).toContain(fact.id);
      // The statement is how one of its own questions explains it, never a false statement's correction.
      expect(fact.questions.map(({ solution }) => solution.explanation)).toContainEqual(fact.statement);
      const rightOnes = fact.questions.filter(
        ({ question, solution }) => question.kind !== "truefalse" || solution.answer === "true",
      );
      if (rightOnes.length) expect(fact.statement.de, fact.id).not.toMatch(/^Falsch/);
    }
  });

  it("leaves out a question that only cites the fact (find the country on the map)", () => {
    const lukashenko = byId.get("by.leader.lukashenko")!;
    expect(lukashenko.statement.de).toMatch(/^Alexander Lukaschenko ist .*Präsident von Belarus/);
    expect(lukashenko.questions.map((item) => item.question.kind)).not.toContain("map");
    expect(lukashenko.countries).toEqual(["BY"]);
  });

  it("asks recall questions first and introduces the easiest facts by their difficulty", () => {
    expect(byId.get("kz.number.border")!.questions[0]!.question.kind).toBe("numeric");
    const kinds = byId.get("cn.leader.xi")!.questions.map((item) => item.question.kind);
    expect(kinds[0]).toBe("single");
    expect(kinds.indexOf("truefalse")).toBeGreaterThan(kinds.lastIndexOf("single"));
    for (const fact of facts) expect([1, 2, 3]).toContain(fact.difficulty);
  });

  it("gives every flashcard a cue, no two alike, so no two fronts of a set are the same", () => {
    const cues = facts.map((fact) => fact.cue.de);
    for (const [index, cue] of cues.entries()) expect(cue.length, facts[index]!.id).toBeGreaterThan(15);
    expect(new Set(cues).size).toBe(cues.length);
    for (const fact of facts) expect(fact.cue.en.length, fact.id).toBeGreaterThan(15);
    // The same cue for a fact whichever facts are asked for (a set's page or all of them).
    const some = buildLearnFacts(bank.questions, { factIds: ["by.support.logistics"], seed: "x" });
    expect(some[0]!.cue).toEqual(byId.get("by.support.logistics")!.cue);
  });

  it("asks what the back answers and hides the countries when the cue asks for them", () => {
    // A number the front does not show: the country stays on the front.
    const border = byId.get("by.number.border-ukraine")!;
    expect(border.cue.de).toMatch(/Grenze zwischen Belarus und der Ukraine/);
    expect(border.cueHidesCountry).toBeUndefined();
    // A cue that asks for a country would be answered by a front naming it: such a cue hides the country.
    const countryCue = facts.find((fact) => /^Welches Land /.test(fact.cue.de) && fact.countries.length)!;
    expect(countryCue.cueHidesCountry).toBe(true);
    expect(byId.get("by.support.logistics")!.cue.de).toMatch(/^(Womit unterstützt Belarus|Welches Land unterstützte)/);
    // What a country supplies, as the example asks it.
    expect(byId.get("ir.support.drones-ammo")!.cue.de).toBe("Womit unterstützt Iran Russland laut den Artikeln?");
    // One side of a matching question, the date of an event, a near-miss statement with the country hidden.
    expect(byId.get("kp.descriptor.totalitarian")!.cue.de).toMatch(/Herrschaft .* – Nordkorea → \?$/);
    expect(byId.get("vn.event.putin-hanoi")!.cue.de).toMatch(/^Wann war das laut den Artikeln: Putin besucht .*Hanoi/);
    const closest = byId.get("by.statement.closest-ally")!;
    // Whichever of its questions the cue comes from, it does not name Belarus and the front hides it.
    expect(closest.cue.de).toMatch(/^(Richtig oder falsch\? China ist|Über welches Land schreibt DW)/);
    expect(closest.cue.de).not.toContain("Belarus");
    expect(closest.cueHidesCountry).toBe(true);
    // "Which of these countries …?" lists the countries it means.
    expect(byId.get("in.membership.brics")!.cue.de).toMatch(/^Welches dieser Länder ist Mitglied der BRICS\? \(.*Indien.*\)$/);
  });

  it("never names a hidden country's answer on the front: the cue of a country question hides it", () => {
    for (const fact of facts) {
      const askedCountry = /^(Welches Land|Welche Länder|In welchem Land|In welchen Ländern|Über welches Land)/.test(fact.cue.de);
      if (askedCountry && fact.countries.length) expect(fact.cueHidesCountry, fact.id).toBe(true);
    }
  });

  it("keeps Russia's context facts without a country, and a group fact with all its members", () => {
    expect(byId.get("ctx.statement.icc-warrant")!.countries).toEqual([]);
    expect(byId.get("ctx.group.visits-after-reelection")!.countries).toEqual(["BY", "CN", "KP", "UZ", "VN"]);
  });

  it("takes only the facts asked for, ignoring unknown ones", () => {
    const some = buildLearnFacts(bank.questions, { factIds: ["kp.leader.kim", "nope", "kp.leader.kim"], seed: "x" });
    expect(some.map((fact) => fact.id)).toEqual(["kp.leader.kim"]);
  });
});

describe("a learn card's front", () => {
  it("holds nothing that answers its questions: no statement, note, source or solution", () => {
    for (const fact of facts) {
      const front = JSON.stringify(learnCard(fact));
      expect(front).not.toContain(fact.statement.de);
      expect(front).not.toMatch(/"(answer|explanation|statement|sources|note|tags)"/);
    }
  });

  it("is completed by its back, which holds the solution of the question asked and of no other", () => {
    const fact = facts.find((candidate) => candidate.questions.length > 1)!;
    const [first, second] = fact.questions;
    const back = learnBack(fact, first!.question.id)!;
    expect(back.statement).toEqual(fact.statement);
    expect(back.solution).toMatchObject({ questionId: first!.question.id, answer: first!.solution.answer });
    expect(JSON.stringify(back)).not.toContain(second!.question.id);
    expect(learnBack(fact, "sc-0000000000")).toBeUndefined();
  });
});
