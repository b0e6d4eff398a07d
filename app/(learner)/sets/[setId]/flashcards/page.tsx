import Link from "next/link";
import { notFound } from "next/navigation";
import { FlashcardDeck } from "@/components/flashcards/FlashcardDeck";
import { fetchLearnCards } from "@/lib/learn/use-cases/learn-data";
import { fetchSet } from "@/lib/sets/use-cases/set-pages";
import { countryNames } from "@/lib/platform/i18n/country-names";
import { translate } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import "@/app/(learner)/learn.css";
import { setPageMetadata } from "@/app/(learner)/sets/[setId]/set-metadata";

export const dynamic = "force-dynamic";

export function generateMetadata({ params }: { params: Promise<{ setId: string }> }) {
  return setPageMetadata(params, "set.flashcards");
}

/** Flashcards of a set: country and topic in front, the fact with its source on the back. */
export default async function FlashcardsPage({ params }: { params: Promise<{ setId: string }> }) {
  const { setId } = await params;
  const [lang, set] = await Promise.all([getLang(), fetchSet(setId)]);
  if (!set) notFound();
  const facts = await fetchLearnCards(set.factIds);
  return (
    <div className="learn">
      <p className="learn-breadcrumb">
        <Link href={`/sets/${set.id}`}>{set.title[lang]}</Link>
      </p>
      <h1>{translate(lang, "set.flashcards")}</h1>
      <FlashcardDeck
        facts={facts}
        setId={set.id}
        countryNames={countryNames(
          facts.flatMap((fact) => fact.countries),
          lang,
        )}
      />
    </div>
  );
}
