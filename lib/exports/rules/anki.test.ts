// The .apkg unzipped (fflate) and its collection opened with better-sqlite3: one note and one card per fact the
// set's questions test, six fields, tags by country and theme, every source of the fact on the back, and the
// collection rows Anki needs (schema 11, the note type and the deck).
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ankiPackage } from "@/lib/exports/rules/anki";
import { exportFixture, occurrences } from "@/lib/exports/rules/export-fixture";
import { buildLearnFacts } from "@/lib/learn/rules/fact-deck";

describe.each(["de", "en"] as const)("Anki deck (%s)", (lang) => {
  const fixture = exportFixture("asia", lang);

  it("holds one note per fact with question, answer, explanation, sources and date", () => {
    const files = unzipSync(ankiPackage(fixture.set, fixture.input.questions, Date.UTC(2026, 10, 30)));
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    const db = new Database(Buffer.from(files["collection.anki2"]!));
    try {
      const facts = buildLearnFacts(fixture.input.questions, { seed: "0" });
      const notes = db.prepare("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").all() as Array<{
        guid: string;
        mid: number;
        tags: string;
        flds: string;
      }>;
      expect(notes).toHaveLength(facts.length);
      expect(new Set(notes.map((note) => note.guid)).size).toBe(notes.length);
      expect((db.prepare("SELECT count(*) AS n FROM cards").get() as { n: number }).n).toBe(facts.length);
      const col = db.prepare("SELECT ver, models, decks FROM col").get() as { ver: number; models: string; decks: string };
      expect(col.ver).toBe(11);
      const models = JSON.parse(col.models) as Record<string, { flds: unknown[] }>;
      expect(Object.keys(models)).toEqual([String(notes[0]!.mid)]);
      expect(Object.values(models)[0]!.flds).toHaveLength(6);
      expect(Object.values(JSON.parse(col.decks) as Record<string, { name: string }>).map((deck) => deck.name)).toContain(
        `${lang === "de" ? "Putins Verbündete" : "Putin's allies"}::${fixture.set.title}`,
      );
      let sources = 0;
      notes.forEach((note, index) => {
        const fields = note.flds.split("\x1f");
        expect(fields).toHaveLength(6);
        expect(fields[0]!.length * fields[1]!.length * fields[2]!.length).toBeGreaterThan(0);
        expect(fields[5]).toMatch(lang === "de" ? /^Stand: / : /^As of: /);
        sources += occurrences(fields[4]!, "<i>");
        for (const tag of note.tags.trim().split(" ").filter(Boolean))
          expect(tag).toMatch(lang === "de" ? /^(Land|Thema)::\S+$/ : /^(Country|Theme)::\S+$/);
        expect(facts[index]!.id).toBeTruthy();
      });
      const tags = notes.map((note) => note.tags).join(" ");
      expect(tags).toContain(lang === "de" ? "Land::Vietnam" : "Country::Vietnam");
      expect(tags).toMatch(lang === "de" ? /Thema::Anführer/ : /Theme::Leaders/);
      expect(sources).toBe(facts.reduce((sum, fact) => sum + fact.sources.length, 0));
      expect(notes.map((note) => note.flds).join("\n")).toContain(lang === "de" ? "Tô Lâm" : "To Lam");
    } finally {
      db.close();
    }
  });
});
