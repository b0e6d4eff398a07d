// Wraps a route handler so that nothing unexpected leaks: an error becomes a JSON 500 (or 503 when the
// database is away) and is logged on the server, never shown as a stack trace.
import { describeDbError } from "@/lib/platform/db/errors";
import { apiError } from "./errors";

export function handler<TContext>(fn: (request: Request, context: TContext) => Promise<Response>) {
  return async (request: Request, context: TContext): Promise<Response> => {
    try {
      return await fn(request, context);
    } catch (error) {
      const reason = describeDbError(error);
      console.error(
        `${request.method} ${new URL(request.url).pathname}: ${error instanceof Error ? error.stack : String(error)}`,
      );
      if (/connection refused|cannot be opened|host not found|timed out|disk is full/i.test(reason)) {
        return apiError(503, "unavailable", "the database cannot be reached or cannot write; try again shortly", undefined, {
          "Retry-After": "5",
        });
      }
      return apiError(500, "internal_error", "something went wrong on the server; please try again");
    }
  };
}

export type TIdParams = { params: Promise<{ id: string }> };

/** A route handler for app/api/.../[id]/route.ts from an endpoint that takes the request and the id. */
export function idRoute(endpoint: (request: Request, id: string) => Promise<Response>) {
  return handler(async (request: Request, { params }: TIdParams) => endpoint(request, (await params).id));
}

/** A route handler from an endpoint that takes the request alone. */
export function route(endpoint: (request: Request) => Promise<Response>) {
  return handler(async (request: Request) => endpoint(request));
}
