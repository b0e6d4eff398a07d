/** A short, credential-free reason for a failed database call, fit for an API response or a log line. */
export function describeDbError(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? err.code;
  if (code === "ECONNREFUSED") return "database connection refused";
  if (code === "ENOTFOUND") return "database host not found";
  if (code === "SQLITE_CANTOPEN") return "database file cannot be opened";
  const message = (err.cause?.message ?? err.message ?? String(error)).split("\n").find((line) => line.trim()) ?? "";
  return message.replace(/postgres(ql)?:\/\/\S+/g, "postgresql://…").slice(0, 200) || "database error";
}
