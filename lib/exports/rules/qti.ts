// IMS QTI 2.1 content package: imsmanifest.xml (IMS Content Packaging 1.1), one assessmentItem per question
// under items/, and an assessmentTest that lists them in the set's order. 2.1 rather than 3.0 because the tools
// teachers have (TAO, ONYX/OpenOLAT, Inspera, Canvas) import 2.1, and 3.0 importers are still rare.
// Kinds: choiceInteraction (single, map as a choice of countries, multiple select, true/false),
// textEntryInteraction with a float response scored by the accepted range (estimates), matchInteraction (matching),
// orderInteraction (ordering). Every item's modalFeedback, always shown, holds the explanation, note and sources.
import { feedbackLines, omittedLine } from "@/lib/exports/rules/export-set";
import { XML_DECLARATION, xmlBuilder } from "@/lib/exports/rules/xml";
import type { TExportQuestion, TExportSet } from "@/lib/exports/types";
import type { TLang } from "@/questions/types";

export const QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
const CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
const CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

const builder = xmlBuilder();
const xml = (root: Record<string, unknown>) => `${XML_DECLARATION}${builder.build(root)}`;

export const qtiItemId = (question: TExportQuestion) => `Q${String(question.number).padStart(3, "0")}`;

const paragraph = (text: string) => ({ "#text": text });
const value = (text: string) => ({ value: text });
const float = (n: number) => ({ baseValue: { "@_baseType": "float", "#text": String(n) } });

function responseDeclaration(question: TExportQuestion) {
  const base = { "@_identifier": "RESPONSE" };
  switch (question.kind) {
    case "single":
    case "truefalse":
      return {
        ...base,
        "@_cardinality": "single",
        "@_baseType": "identifier",
        correctResponse: value(choiceId(question.choices.findIndex((choice) => choice.correct))),
      };
    case "multi":
      return {
        ...base,
        "@_cardinality": "multiple",
        "@_baseType": "identifier",
        correctResponse: {
          value: question.choices.flatMap((choice, index) => (choice.correct ? [choiceId(index)] : [])),
        },
      };
    case "numeric":
      return {
        ...base,
        "@_cardinality": "single",
        "@_baseType": "float",
        correctResponse: value(String((question.min + question.max) / 2)),
      };
    case "matching":
      return {
        ...base,
        "@_cardinality": "multiple",
        "@_baseType": "directedPair",
        correctResponse: { value: question.pairs.map((_, index) => `L${index + 1} R${index + 1}`) },
      };
    case "ordering":
      return {
        ...base,
        "@_cardinality": "ordered",
        "@_baseType": "identifier",
        correctResponse: { value: question.ordered.map((_, index) => `O${index + 1}`) },
      };
  }
}

const choiceId = (index: number) => `C${index + 1}`;

function interaction(question: TExportQuestion, lang: TLang): Record<string, unknown> {
  const prompt = { prompt: question.prompt };
  switch (question.kind) {
    case "single":
    case "truefalse":
    case "multi":
      return {
        choiceInteraction: {
          "@_responseIdentifier": "RESPONSE",
          "@_shuffle": question.kind === "truefalse" ? "false" : "true",
          "@_maxChoices": question.kind === "multi" ? "0" : "1",
          ...prompt,
          simpleChoice: question.choices.map((choice, index) => ({ "@_identifier": choiceId(index), "#text": choice.text })),
        },
      };
    case "numeric":
      // No mixed content: the builder does not keep the order of text and elements inside one paragraph.
      return {
        p: [
          paragraph(question.prompt),
          paragraph(lang === "de" ? `Antwort (in ${question.unit}):` : `Answer (in ${question.unit}):`),
          { textEntryInteraction: { "@_responseIdentifier": "RESPONSE", "@_expectedLength": "12" } },
        ],
      };
    case "matching": {
      const rights = [...question.pairs.map((pair) => pair.right), ...question.distractors];
      return {
        matchInteraction: {
          "@_responseIdentifier": "RESPONSE",
          "@_shuffle": "true",
          "@_maxAssociations": String(question.pairs.length),
          ...prompt,
          simpleMatchSet: [
            {
              simpleAssociableChoice: question.pairs.map((pair, index) => ({
                "@_identifier": `L${index + 1}`,
                "@_matchMax": "1",
                "#text": pair.left,
              })),
            },
            {
              simpleAssociableChoice: rights.map((text, index) => ({
                "@_identifier": `R${index + 1}`,
                "@_matchMax": "1",
                "#text": text,
              })),
            },
          ],
        },
      };
    }
    case "ordering":
      return {
        orderInteraction: {
          "@_responseIdentifier": "RESPONSE",
          "@_shuffle": "true",
          ...prompt,
          simpleChoice: question.ordered.map((text, index) => ({ "@_identifier": `O${index + 1}`, "#text": text })),
        },
      };
  }
}

function scoring(question: TExportQuestion) {
  const response = { variable: { "@_identifier": "RESPONSE" } };
  const test =
    question.kind === "numeric"
      ? {
          // The range the app accepts (a bound's range starts at the bound, so no symmetric tolerance).
          and: {
            gte: { ...response, baseValue: { "@_baseType": "float", "#text": String(question.min) } },
            lte: { ...response, baseValue: { "@_baseType": "float", "#text": String(question.max) } },
          },
        }
      : { match: { ...response, correct: { "@_identifier": "RESPONSE" } } };
  return {
    responseCondition: {
      responseIf: { ...test, setOutcomeValue: { "@_identifier": "SCORE", ...float(1) } },
      responseElse: { setOutcomeValue: { "@_identifier": "SCORE", ...float(0) } },
    },
    // The explanation and sources are shown after every answer, right or wrong.
    setOutcomeValue: { "@_identifier": "FEEDBACK", baseValue: { "@_baseType": "identifier", "#text": "GENERAL" } },
  };
}

export function qtiItem(question: TExportQuestion, lang: TLang): string {
  const body = interaction(question, lang);
  return xml({
    assessmentItem: {
      "@_xmlns": QTI_NS,
      "@_xmlns:xsi": XSI,
      "@_xsi:schemaLocation": `${QTI_NS} ${QTI_XSD}`,
      "@_identifier": qtiItemId(question),
      "@_title": `${question.number}. ${question.prompt}`.slice(0, 200),
      "@_label": question.id,
      "@_xml:lang": lang,
      "@_adaptive": "false",
      "@_timeDependent": "false",
      responseDeclaration: responseDeclaration(question),
      outcomeDeclaration: [
        {
          "@_identifier": "SCORE",
          "@_cardinality": "single",
          "@_baseType": "float",
          defaultValue: { value: "0" },
        },
        { "@_identifier": "MAXSCORE", "@_cardinality": "single", "@_baseType": "float", defaultValue: { value: "1" } },
        { "@_identifier": "FEEDBACK", "@_cardinality": "single", "@_baseType": "identifier" },
      ],
      itemBody: {
        ...(question.kind === "numeric"
          ? { ...body, p: [...(body.p as unknown[]), paragraph(question.asOfLabel)] }
          : { p: paragraph(question.asOfLabel), ...body }),
      },
      responseProcessing: scoring(question),
      modalFeedback: {
        "@_outcomeIdentifier": "FEEDBACK",
        "@_identifier": "GENERAL",
        "@_showHide": "show",
        p: feedbackLines(question, lang).map(paragraph),
      },
    },
  });
}

export function qtiTest(set: TExportSet): string {
  return xml({
    assessmentTest: {
      "@_xmlns": QTI_NS,
      "@_xmlns:xsi": XSI,
      "@_xsi:schemaLocation": `${QTI_NS} ${QTI_XSD}`,
      "@_identifier": "TEST",
      "@_title": set.title,
      testPart: {
        "@_identifier": "PART1",
        "@_navigationMode": "nonlinear",
        "@_submissionMode": "individual",
        assessmentSection: {
          "@_identifier": "SECTION1",
          "@_title": set.title,
          "@_visible": "true",
          assessmentItemRef: set.questions.map((question) => ({
            "@_identifier": qtiItemId(question),
            "@_href": `items/${qtiItemId(question)}.xml`,
          })),
        },
      },
    },
  });
}

export function qtiManifest(set: TExportSet): string {
  const items = set.questions.map((question) => ({ id: qtiItemId(question), href: `items/${qtiItemId(question)}.xml` }));
  return xml({
    manifest: {
      "@_xmlns": CP_NS,
      "@_xmlns:xsi": XSI,
      "@_xsi:schemaLocation": `${CP_NS} ${CP_XSD}`,
      "@_identifier": `MANIFEST-${set.id}-${set.lang}`,
      ...(set.omitted.length ? { "#comment": ` ${omittedLine(set)} ` } : {}),
      metadata: { schema: "QTIv2.1 Package", schemaversion: "1.0.0" },
      organizations: "",
      resources: {
        resource: [
          {
            "@_identifier": "RES-TEST",
            "@_type": "imsqti_test_xmlv2p1",
            "@_href": "assessment.xml",
            file: { "@_href": "assessment.xml" },
            dependency: items.map((item) => ({ "@_identifierref": `RES-${item.id}` })),
          },
          ...items.map((item) => ({
            "@_identifier": `RES-${item.id}`,
            "@_type": "imsqti_item_xmlv2p1",
            "@_href": item.href,
            file: { "@_href": item.href },
          })),
        ],
      },
    },
  });
}

/** The package's files by path (the caller zips them). */
export function qtiPackage(set: TExportSet): Record<string, string> {
  return {
    "imsmanifest.xml": qtiManifest(set),
    "assessment.xml": qtiTest(set),
    ...Object.fromEntries(set.questions.map((question) => [`items/${qtiItemId(question)}.xml`, qtiItem(question, set.lang)])),
  };
}
