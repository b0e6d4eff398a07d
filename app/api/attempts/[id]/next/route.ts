import { nextQuestionEndpoint } from "@/lib/attempts/endpoints/next-question";
import { handler, type TIdParams } from "@/lib/platform/http/handler";

export const dynamic = "force-dynamic";

/** Shows the question to answer now and starts its clock, once (the HTTP server usually serves it first). */
export const POST = handler(async (request: Request, { params }: TIdParams) => nextQuestionEndpoint(request, (await params).id));
