// The browser's side of the JSON API: one fetch wrapper that turns every outcome into data.
import type { TApiErrorBody } from "./errors";

export type TApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; message: string; retryAfterSeconds?: number };

export async function api<T>(
  url: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<TApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      cache: "no-store",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    return { ok: false, status: 0, code: "offline", message: "the server cannot be reached" };
  }
  const body = (await response.json().catch(() => undefined)) as (T & Partial<TApiErrorBody>) | undefined;
  if (response.ok && body !== undefined) return { ok: true, status: response.status, data: body };
  const retryAfter = Number(response.headers.get("retry-after"));
  return {
    ok: false,
    status: response.status,
    code: body?.error?.code ?? "http_error",
    message: body?.error?.message ?? `HTTP ${response.status}`,
    ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}

/** Waits out a rate limit (429 with Retry-After) and tries once more. */
export async function apiWithRetry<T>(url: string, init: Parameters<typeof api>[1] = {}): Promise<TApiResult<T>> {
  const first = await api<T>(url, init);
  if (first.ok || first.status !== 429) return first;
  await new Promise((resolve) => setTimeout(resolve, (first.retryAfterSeconds ?? 2) * 1000));
  return api<T>(url, init);
}

const DROPPED_RETRIES = 3;

/**
 * A request a busy server may ask to repeat: a 503 with Retry-After (the join, when a whole class arrives at once)
 * is waited out, with some spread so that everyone refused in one moment does not come back in the same one, and
 * sent again until it gets another answer; a dropped connection is tried again a few times. `onWaiting` says
 * whether the caller is waiting, for the page to show it.
 */
export async function apiWhenAdmitted<T>(
  url: string,
  init: Parameters<typeof api>[1],
  onWaiting: (waiting: boolean) => void,
): Promise<TApiResult<T>> {
  for (let dropped = 0; ;) {
    const result = await api<T>(url, init);
    const busy = !result.ok && result.status === 503;
    const again = busy || (!result.ok && result.status === 0 && dropped++ < DROPPED_RETRIES);
    if (!again) {
      onWaiting(false);
      return result;
    }
    onWaiting(true);
    const seconds = busy ? (result.retryAfterSeconds ?? 2) : 1;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000 * (0.5 + Math.random())));
    if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
  }
}
