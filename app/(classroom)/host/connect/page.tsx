import type { Metadata } from "next";
import { HandoverConnectForm } from "@/components/classroom/HandoverConnectForm";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translate(await getLang(), "handover.connectTitle"), robots: { index: false } };
}

/** Where the projector PC takes over a game with the code another device shows. */
export default async function ConnectPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const code = (await searchParams).code;
  return <HandoverConnectForm initialCode={typeof code === "string" ? code.slice(0, 20) : ""} />;
}
