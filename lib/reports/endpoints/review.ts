// The review API behind the admin secret: the queue, and an action on one question.
import { getDbHandle } from "@/lib/platform/db/client";
import { readJson } from "@/lib/platform/http/body";
import { apiError } from "@/lib/platform/http/errors";
import { ZPublicQuestionId, ZReviewAction } from "@/lib/reports/schemas";
import { applyReviewAction, fetchReviewQueue } from "@/lib/reports/use-cases/review";
import { refuseUnlessReviewer } from "./review-access";

const NO_STORE = { "Cache-Control": "no-store" };

export async function reviewQueueEndpoint(request: Request): Promise<Response> {
  const refused = refuseUnlessReviewer(request);
  if (refused) return refused;
  return Response.json(await fetchReviewQueue(getDbHandle()), { headers: NO_STORE });
}

export async function reviewActionEndpoint(request: Request, questionId: string): Promise<Response> {
  const refused = refuseUnlessReviewer(request);
  if (refused) return refused;
  const id = ZPublicQuestionId.safeParse(questionId);
  if (!id.success) return apiError(404, "not_found", `question "${questionId}" does not exist`);
  const parsed = await readJson(request, ZReviewAction);
  if (!parsed.ok) return parsed.response;
  const result = await applyReviewAction(getDbHandle(), id.data, parsed.data);
  if (!result.ok) return apiError(result.status, result.code, result.message);
  return Response.json(result, { headers: NO_STORE });
}
