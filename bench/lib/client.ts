// An HTTP client for the harness: JSON in and out, and the player cookie kept per simulated player.
export type TPlayerClient = { cookie: string };

export async function postJson<T>(
  url: string,
  body: unknown,
  player?: TPlayerClient,
): Promise<{ status: number; data: T; cookie?: string }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(player?.cookie ? { Cookie: player.cookie } : {}) },
    body: JSON.stringify(body),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  return { status: response.status, data: (await response.json()) as T, cookie: cookie || undefined };
}

/** A question as the API serves it, as far as a simulated player needs to answer it. */
export type TQuestion = { id: string; kind: string; options: Array<{ id: string; side?: string }> };

/** Some answer of the right shape for a question (the benchmark measures throughput, not knowledge). */
export function anyAnswer(question: TQuestion): unknown {
  switch (question.kind) {
    case "multi":
      return [question.options[0]!.id];
    case "numeric":
      return 1;
    case "map":
      return "DE";
    case "ordering":
      return question.options.map((option) => option.id);
    case "matching": {
      const left = question.options.filter((option) => option.side === "left");
      const right = question.options.filter((option) => option.side === "right");
      return left.map((option, index) => [option.id, right[index]!.id]);
    }
    default:
      return question.options[0]!.id;
  }
}
