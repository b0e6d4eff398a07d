import Link from "next/link";
import type { TSetSummary } from "@/lib/sets/types";
import type { TLang } from "@/lib/platform/i18n/lang";
import { translate } from "@/lib/platform/i18n/messages";
import { SetStats } from "./SetStats";

export function SetCard({ set, lang }: { set: TSetSummary; lang: TLang }) {
  return (
    <Link href={`/sets/${set.id}`} className="card set-card">
      <h3>{set.title[lang]}</h3>
      <p className="muted">{set.description[lang]}</p>
      <div className="meta">
        <span>{translate(lang, "common.questions", { count: set.questionCount })}</span>
        <SetStats setId={set.id} factIds={set.factIds} />
      </div>
    </Link>
  );
}
