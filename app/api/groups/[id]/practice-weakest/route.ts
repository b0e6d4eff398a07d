import { idRoute } from "@/lib/platform/http/handler";
import { practiceWeakestEndpoint } from "@/lib/class-reports/endpoints/class-report";

export const dynamic = "force-dynamic";

/** "Schwächste Fakten üben": an assignment of the questions on the facts the class missed most. */
export const POST = idRoute(practiceWeakestEndpoint);
