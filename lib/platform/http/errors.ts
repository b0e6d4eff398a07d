// JSON errors every route handler answers with: a status, a stable code, a message that says what to fix, and
// for invalid input the fields at fault. Never a stack trace.
import type { z } from "zod";

export type TFieldError = { field: string; message: string };
export type TApiErrorBody = { error: { code: string; message: string; fields?: TFieldError[] } };

export function apiError(status: number, code: string, message: string, fields?: TFieldError[], headers?: HeadersInit): Response {
  const body: TApiErrorBody = { error: { code, message, ...(fields?.length ? { fields } : {}) } };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function fieldErrors(error: z.ZodError): TFieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join(".") || "(body)", message: issue.message }));
}

export function invalidInput(error: z.ZodError): Response {
  const fields = fieldErrors(error);
  return apiError(400, "invalid_input", fields.map((f) => `${f.field}: ${f.message}`).join("; "), fields);
}

/** A use case's refusal as a JSON error: its status, code and message, and the field at fault when it names one. */
export function refused(refusal: { status: number; code: string; message: string; field?: string }): Response {
  const { status, code, message, field } = refusal;
  return apiError(status, code, message, field ? [{ field, message }] : undefined);
}

export const notFound = (what: string) => apiError(404, "not_found", `${what} does not exist`);
