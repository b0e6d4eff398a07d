import { answerEndpoint } from "@/lib/attempts/endpoints/answer";
import { handler, type TIdParams } from "@/lib/platform/http/handler";

export const dynamic = "force-dynamic";

/** One answer, graded on the server (lib/attempts/endpoints.ts; the HTTP server usually serves it first). */
export const POST = handler(async (request: Request, { params }: TIdParams) => answerEndpoint(request, (await params).id));
