import { idRoute } from "@/lib/platform/http/handler";
import { exportSetEndpoint } from "@/lib/exports/endpoints/export-set";

export const dynamic = "force-dynamic";

/** A set's questions as Moodle XML, GIFT, QTI 2.1, Kahoot!, Anki, Quizlet or a PDF worksheet and answer key. */
export const GET = idRoute(exportSetEndpoint);
