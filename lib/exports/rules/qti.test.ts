// The QTI 2.1 package unzipped (fflate) and parsed back (fast-xml-parser). The IMS schemas are not shipped (their
// licence allows no redistribution), so the package is checked structurally: the manifest lists every file in the
// zip, every item is well-formed in the QTI namespace, every correct response names a choice the item offers,
// and every item's feedback carries its sources.
import { strFromU8, unzipSync, zipSync, strToU8 } from "fflate";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { exportFixture, occurrences } from "@/lib/exports/rules/export-fixture";
import { QTI_NS, qtiPackage } from "@/lib/exports/rules/qti";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name) =>
    [
      "resource",
      "file",
      "value",
      "simpleChoice",
      "simpleAssociableChoice",
      "simpleMatchSet",
      "assessmentItemRef",
      "p",
      "dependency",
    ].includes(name),
});
type TAny = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const IDENT = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function offered(body: TAny): string[] {
  const interaction = body.choiceInteraction ?? body.orderInteraction ?? body.matchInteraction;
  if (!interaction) return [];
  if (interaction.simpleChoice) return interaction.simpleChoice.map((choice: TAny) => choice["@_identifier"]);
  return interaction.simpleMatchSet.flatMap((set: TAny) =>
    set.simpleAssociableChoice.map((choice: TAny) => choice["@_identifier"]),
  );
}

describe.each(["de", "en"] as const)("QTI 2.1 package (%s)", (lang) => {
  const fixture = exportFixture("all-allies", lang);
  const zip = zipSync(Object.fromEntries(Object.entries(qtiPackage(fixture.set)).map(([name, text]) => [name, strToU8(text)])));
  const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));

  it("has a manifest whose resources are exactly the files in the zip, and a test over every item", () => {
    const manifest = parser.parse(files["imsmanifest.xml"]!).manifest as TAny;
    expect(manifest["@_xmlns"]).toBe("http://www.imsglobal.org/xsd/imscp_v1p1");
    const resources = manifest.resources.resource as TAny[];
    const listed = resources.flatMap((resource) => resource.file.map((file: TAny) => file["@_href"]));
    expect(new Set(listed)).toEqual(new Set(Object.keys(files).filter((name) => name !== "imsmanifest.xml")));
    const items = resources.filter((resource) => resource["@_type"] === "imsqti_item_xmlv2p1");
    expect(items).toHaveLength(fixture.carried.length);
    const test = parser.parse(files["assessment.xml"]!).assessmentTest as TAny;
    expect(test.testPart.assessmentSection.assessmentItemRef.map((ref: TAny) => ref["@_href"])).toEqual(
      items.map((item) => item["@_href"]),
    );
  });

  it("has well-formed items whose correct responses name offered choices, each with its sources", () => {
    const items = Object.keys(files)
      .filter((name) => name.startsWith("items/"))
      .sort();
    let sources = 0;
    items.forEach((name, index) => {
      expect(XMLValidator.validate(files[name]!)).toBe(true);
      const item = parser.parse(files[name]!).assessmentItem as TAny;
      const stored = fixture.carried[index]!;
      expect(item["@_xmlns"]).toBe(QTI_NS);
      expect(item["@_label"]).toBe(stored.id);
      expect(item["@_identifier"]).toMatch(IDENT);
      const choices = offered(item.itemBody);
      if (stored.kind !== "numeric")
        expect(choices.length).toBe(
          stored.kind === "matching" ? stored.answer.length + fixture.optionCounts[index]! : fixture.optionCounts[index],
        );
      const values: string[] = item.responseDeclaration.correctResponse.value;
      for (const value of values) {
        if (stored.kind === "numeric") expect(Number.isFinite(Number(value))).toBe(true);
        else for (const id of value.split(" ")) expect(choices).toContain(id);
      }
      const feedback = (item.modalFeedback.p as TAny[]).map((p) => String(p["#text"] ?? p)).join("\n");
      sources += occurrences(feedback, lang === "de" ? "Quelle: " : "Source: ");
      expect(item.modalFeedback["@_showHide"]).toBe("show");
    });
    expect(sources).toBe(fixture.sourceCount);
  });
});
