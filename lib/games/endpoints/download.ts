// A report as a file to download: CSV text or an XLSX workbook, never cached.
export const REPORT_FORMATS: readonly string[] = ["json", "csv", "xlsx"];

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * `name` without its extension. The header carries it twice: as plain ASCII for old clients and in UTF-8
 * (RFC 6266), so a class called "7b Müller" downloads as such.
 */
export function download(body: string | Uint8Array, name: string, type: keyof typeof CONTENT_TYPES): Response {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w.-]+/g, "-");
  const utf8 = encodeURIComponent(`${name}.${type}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return new Response(typeof body === "string" ? body : Buffer.from(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[type],
      "Content-Disposition": `attachment; filename="${ascii}.${type}"; filename*=UTF-8''${utf8}`,
      "Cache-Control": "no-store",
    },
  });
}
