import Link from "next/link";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

// A page that does not exist, in the reader's language (Next.js's own 404 page is English only).
export default async function NotFound() {
  const lang = await getLang();
  return (
    <>
      <h1>{translate(lang, "notFound.title")}</h1>
      <p>{translate(lang, "notFound.text")}</p>
      <Link href="/" className="btn btn-primary">
        {translate(lang, "notFound.home")}
      </Link>
    </>
  );
}
