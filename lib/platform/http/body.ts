// Reads and validates a JSON request body: a size limit, JSON syntax, then the zod schema.
import type { z } from "zod";
import { apiError, invalidInput } from "./errors";

export const MAX_BODY_BYTES = 8 * 1024;

export type TParsed<T> = { ok: true; data: T } | { ok: false; response: Response };

export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<TParsed<z.infer<S>>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) {
    return {
      ok: false,
      response: apiError(415, "unsupported_media_type", "send the body as JSON (Content-Type: application/json)"),
    };
  }
  let text: string;
  try {
    text = await readLimited(request, maxBytes);
  } catch {
    return { ok: false, response: tooLarge(maxBytes) };
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    return { ok: false, response: apiError(400, "invalid_json", "the body is not valid JSON") };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: invalidInput(parsed.error) };
}

function tooLarge(maxBytes: number): Response {
  return apiError(413, "body_too_large", `the body may be at most ${maxBytes} bytes`);
}

// Bodies the server read before it made the web Request (lib/platform/server/fast-routes.ts): handing them over this way
// spares a stream per request, which costs more than the small JSON body it carries.
const readBodies = new WeakMap<Request, Buffer>();

/** A Request whose body was already read in full; readJson takes it from here. */
export function requestWithBody(
  url: string,
  init: { method: string; headers: Headers; signal?: AbortSignal },
  body: Buffer | undefined,
): Request {
  const request = new Request(url, init);
  if (body) readBodies.set(request, body);
  return request;
}

/** The body as text, refusing (by throwing) once it passes maxBytes, whatever Content-Length claimed. */
async function readLimited(request: Request, maxBytes: number): Promise<string> {
  const read = readBodies.get(request);
  if (read) {
    if (read.length > maxBytes) throw new Error("too large");
    return read.toString("utf8");
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error("too large");
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
