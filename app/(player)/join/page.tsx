import type { Metadata } from "next";
import { JoinForm } from "@/components/live/JoinForm";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translate(await getLang(), "live.join.title") };
}

/** Students join here: by PIN, or with the PIN from the QR code (?pin=). */
export default async function JoinPage({ searchParams }: { searchParams: Promise<{ pin?: string | string[] }> }) {
  const [query, lang] = await Promise.all([searchParams, getLang()]);
  const pin = typeof query.pin === "string" ? query.pin.replace(/\D/g, "").slice(0, 6) : "";
  return (
    <div className="join-page">
      <h1>{translate(lang, "live.join.title")}</h1>
      <JoinForm initialPin={pin} />
    </div>
  );
}
