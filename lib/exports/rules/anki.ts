// An Anki deck (.apkg): a ZIP with `collection.anki2` (SQLite, the collection schema 11 that every Anki since 2.1
// imports) and an empty `media` map. One note per fact of the set, as learn mode shows facts: the front asks a
// question about the fact, the back gives its answer, the fact as the explanation states it, the note, and every
// source sentence with its article and date. Tags by country and theme ("Land::Belarus", "Thema::Militär").
// The collection is built in an in-memory better-sqlite3 database and serialised; fflate zips it. Nothing touches
// the disk. Note guids are stable per fact and language, so importing a newer export updates the notes in place.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { zipSync, strToU8 } from "fflate";
import { countryName, EXPORT_WORDS, exportQuestion } from "@/lib/exports/rules/export-set";
import { escapeHtml } from "@/lib/exports/rules/xml";
import type { TExportSet } from "@/lib/exports/types";
import { buildLearnFacts } from "@/lib/learn/rules/fact-deck";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import type { TLang, TStoredQuestion } from "@/questions/types";

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
  odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

export const ANKI_FIELDS = ["Question", "Answer", "Explanation", "Note", "Source", "Date"] as const;

export type TAnkiNote = { factId: string; fields: string[]; tags: string[] };

const hashNumber = (text: string, digits = 12) =>
  Number.parseInt(createHash("sha1").update(text).digest("hex").slice(0, digits), 16);
const tagWord = (text: string) => text.replace(/\s+/g, "_");

/** The notes of a set: one per fact its questions test (map questions test none; see lib/learn/rules/fact-deck). */
export function ankiNotes(set: TExportSet, questions: TStoredQuestion[]): TAnkiNote[] {
  const lang = set.lang;
  const words = EXPORT_WORDS[lang];
  const byId = new Map(questions.map((question) => [question.id, question]));
  const countryTag = lang === "de" ? "Land" : "Country";
  const themeTag = lang === "de" ? "Thema" : "Theme";
  return buildLearnFacts(questions, { seed: "0" }).map((fact) => {
    // The front asks the fact's cue (a question whose front does not give the answer away), else its first question.
    const asked =
      fact.questions.find((entry) => fact.cue && entry.question.prompt[lang] === fact.cue[lang]) ?? fact.questions[0]!;
    const question = exportQuestion(byId.get(asked.question.id)!, 0, lang, []);
    const sources = fact.sources.map(
      (source) =>
        `„${escapeHtml(source.quote)}“${lang === "en" ? ` (“${escapeHtml(source.en)}”)` : ""}<br><i>${escapeHtml(source.label[lang])}</i>`,
    );
    const choices =
      "choices" in question && question.sourceKind !== "truefalse"
        ? `<ul>${question.choices.map((choice) => `<li>${escapeHtml(choice.text)}</li>`).join("")}</ul>`
        : "";
    return {
      factId: fact.id,
      fields: [
        `${escapeHtml(question.prompt)}${choices}<div class="asof">${escapeHtml(question.asOfLabel)}</div>`,
        escapeHtml(question.answerText),
        escapeHtml(fact.statement[lang]),
        fact.note ? escapeHtml(fact.note[lang]) : "",
        sources.join("<br><br>"),
        `${words.asOf}: ${escapeHtml(question.sources[0]?.date ?? fact.asOf)}`,
      ],
      tags: [
        ...fact.countries.map((code) => `${countryTag}::${tagWord(countryName(code, lang))}`),
        ...fact.themes.map((theme) => `${themeTag}::${tagWord(translate(lang, `theme.${theme}` as TMessageKey))}`),
      ],
    };
  });
}

function model(modelId: number, deckId: number, lang: TLang, now: number) {
  const words = EXPORT_WORDS[lang];
  const back = [
    "{{FrontSide}}",
    '<hr id="answer">',
    "<b>{{Answer}}</b>",
    "<p>{{Explanation}}</p>",
    `{{#Note}}<p class="note">${words.note}: {{Note}}</p>{{/Note}}`,
    `<div class="source">${words.source}: {{Source}}<br>{{Date}}</div>`,
  ].join("\n");
  return {
    css: ".card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }\n.asof, .source { font-size: 14px; color: #555; }\n.note { font-style: italic; }",
    did: deckId,
    flds: ANKI_FIELDS.map((name, ord) => ({ name, ord, font: "Arial", media: [], rtl: false, size: 20, sticky: false })),
    id: String(modelId),
    latexPost: "\\end{document}",
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    mod: now,
    name: lang === "de" ? "Putins Verbündete (Fakt)" : "Putin's allies (fact)",
    req: [[0, "all", [0]]],
    sortf: 0,
    tags: [],
    tmpls: [{ name: "Card 1", ord: 0, qfmt: "{{Question}}", afmt: back, bqfmt: "", bafmt: "", did: null }],
    type: 0,
    usn: -1,
    vers: [],
  };
}

function deck(id: number, name: string, now: number, description = "") {
  return {
    collapsed: false,
    conf: 1,
    desc: description,
    dyn: 0,
    extendNew: 10,
    extendRev: 50,
    id,
    lrnToday: [0, 0],
    mod: now,
    name,
    newToday: [0, 0],
    revToday: [0, 0],
    timeToday: [0, 0],
    usn: -1,
  };
}

const DECK_CONFIG = {
  "1": {
    autoplay: true,
    id: 1,
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
    maxTaken: 60,
    mod: 0,
    name: "Default",
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    replayq: true,
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
    timer: 0,
    usn: 0,
  },
};

/** The .apkg's bytes. `nowMs` fixes the timestamps (tests pass one). */
export function ankiPackage(set: TExportSet, questions: TStoredQuestion[], nowMs: number = Date.now()): Uint8Array {
  const notes = ankiNotes(set, questions);
  const now = Math.floor(nowMs / 1000);
  const deckId = hashNumber(`deck:${set.id}:${set.lang}`);
  const modelId = hashNumber(`model:${set.lang}`);
  const deckName = `${set.lang === "de" ? "Putins Verbündete" : "Putin's allies"}::${set.title}`;
  const db = new Database(":memory:");
  try {
    db.exec(SCHEMA);
    db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
      now - (now % 86_400),
      nowMs,
      nowMs,
      JSON.stringify({
        activeDecks: [1],
        addToCur: true,
        collapseTime: 1200,
        curDeck: 1,
        curModel: String(modelId),
        dueCounts: true,
        estTimes: true,
        newBury: true,
        newSpread: 0,
        nextPos: notes.length + 1,
        sortBackwards: false,
        sortType: "noteFld",
        timeLim: 0,
      }),
      JSON.stringify({ [modelId]: model(modelId, deckId, set.lang, now) }),
      JSON.stringify({ "1": deck(1, "Default", now), [deckId]: deck(deckId, deckName, now) }),
      JSON.stringify(DECK_CONFIG),
    );
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    db.transaction(() => {
      notes.forEach((note, index) => {
        const noteId = nowMs + index;
        const sortField = note.fields[0]!.replace(/<[^>]*>/g, "");
        insertNote.run(
          noteId,
          createHash("sha1").update(`${note.factId}:${set.lang}`).digest("base64").slice(0, 10),
          modelId,
          now,
          ` ${note.tags.join(" ")} `,
          note.fields.join("\x1f"),
          sortField,
          hashNumber(sortField, 8),
        );
        insertCard.run(noteId, noteId, deckId, now, index + 1);
      });
    })();
    const collection = new Uint8Array(db.serialize());
    return zipSync({ "collection.anki2": collection, media: strToU8("{}") });
  } finally {
    db.close();
  }
}
