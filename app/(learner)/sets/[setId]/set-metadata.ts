// The title of a page about one set ("Lernen: Asien – Putins Verbündete"), for the set's learn and flashcard pages.
import type { Metadata } from "next";
import { fetchSet } from "@/lib/sets/use-cases/set-pages";
import { translate, type TMessageKey } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";

export async function setPageMetadata(params: Promise<{ setId: string }>, what: TMessageKey): Promise<Metadata> {
  const [lang, set] = await Promise.all([getLang(), fetchSet((await params).setId)]);
  return set ? { title: `${translate(lang, what)}: ${set.title[lang]} – ${translate(lang, "app.name")}` } : {};
}
