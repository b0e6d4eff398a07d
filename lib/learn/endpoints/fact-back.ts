// GET /api/learn/facts/[id]?question=<id>: the back of a learn card (the fact, its note and sources) and, when
// a question is named, that question's solution. Read when the learner answers or turns the card; learn mode is
// not scored, and its question ids are not those of graded quizzes (those are sealed), so the back cannot be
// mapped onto a graded question by id.
import { apiError, fieldErrors } from "@/lib/platform/http/errors";
import { clientAddress, rateLimit } from "@/lib/platform/http/rate-limit";
import { fetchLearnBack } from "@/lib/learn/use-cases/learn-data";
import { ZFactId, ZLearnQuestionId } from "@/lib/learn/schemas";

export async function factBackEndpoint(request: Request, id: string): Promise<Response> {
  const factId = ZFactId.safeParse(id);
  if (!factId.success) return apiError(400, "invalid_input", `id: ${factId.error.issues[0]!.message}`, fieldErrors(factId.error));
  const questionParam = new URL(request.url).searchParams.get("question");
  const questionId = questionParam === null ? undefined : ZLearnQuestionId.safeParse(questionParam);
  if (questionId && !questionId.success) {
    const message = questionId.error.issues[0]!.message;
    return apiError(400, "invalid_input", `question: ${message}`, [{ field: "question", message }]);
  }
  const limited = await rateLimit("learn", { address: clientAddress(request) });
  if (limited) return limited;
  const back = await fetchLearnBack(factId.data, questionId?.data);
  if (!back) {
    return questionId
      ? apiError(404, "not_found", `fact "${factId.data}" has no question "${questionId.data}"`)
      : apiError(404, "not_found", `fact "${factId.data}" does not exist`);
  }
  return Response.json(back, { headers: { "Cache-Control": "private, max-age=3600" } });
}
