import Link from "next/link";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export async function generateMetadata() {
  const lang = await getLang();
  return { title: `${translate(lang, "offline.title")} – ${translate(lang, "app.name")}` };
}

/**
 * What the service worker shows for a page that was never opened online (it keeps a copy of this page when it
 * installs): what works offline and what needs a connection.
 */
export default async function OfflinePage() {
  const lang = await getLang();
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return (
    <div className="card">
      <h1>{t("offline.title")}</h1>
      <p>{t("offline.text")}</p>
      <p>{t("offline.works")}</p>
      <p>{t("offline.needs")}</p>
      <Link href="/" className="btn btn-primary">
        {t("offline.home")}
      </Link>
    </div>
  );
}
