// What the XML and HTML-bearing formats share: one XML builder set up the same way, and HTML escaping.
import { XMLBuilder } from "fast-xml-parser";

/** fast-xml-parser's builder: attributes as "@_name", comments as "#comment", every text escaped. */
export function xmlBuilder(): XMLBuilder {
  return new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    indentBy: "  ",
    commentPropName: "#comment",
    // Else an attribute whose value is "true" is written without its value, which is no XML.
    suppressBooleanAttributes: false,
  });
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
