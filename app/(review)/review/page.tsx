import type { Metadata } from "next";
import { cookies } from "next/headers";
import { ReviewQueue } from "@/components/reports/ReviewQueue";
import { ReviewSignIn } from "@/components/reports/ReviewSignIn";
import { getDbHandle } from "@/lib/platform/db/client";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { reviewAccessOf } from "@/lib/reports/endpoints/review-access";
import { fetchReviewQueue } from "@/lib/reports/use-cases/review";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translate(await getLang(), "review.title"), robots: { index: false } };
}

/** Reported questions for review, behind the admin secret (off without one). */
export default async function ReviewPage() {
  const lang = await getLang();
  const access = reviewAccessOf((await cookies()).toString());
  return (
    <div className="review-page">
      <h1>{translate(lang, "review.title")}</h1>
      {access === "disabled" && <p className="card">{translate(lang, "review.disabled")}</p>}
      {access === "signed-out" && <ReviewSignIn />}
      {access === "signed-in" && <ReviewQueue queue={await fetchReviewQueue(getDbHandle())} />}
    </div>
  );
}
