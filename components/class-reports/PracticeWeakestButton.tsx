"use client";

// "Schwächste Fakten üben": one click creates the assignment and goes to its host page; a refusal (too few
// answers yet) is said in the page's language with what to do.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/ui/FormMessage";
import { api } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import { HARD_MIN_ANSWERS } from "@/lib/games/rules/hardness";

const REFUSALS = new Set(["too_few_answers", "nothing_missed", "no_questions"]);

export function PracticeWeakestButton({ groupId }: { groupId: string }) {
  const t = useT();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const create = async () => {
    setBusy(true);
    setFailure(undefined);
    const created = await api<{ game: { id: string } }>(`/api/groups/${groupId}/practice-weakest`, { body: {} });
    if (created.ok) return router.push(`/host/${created.data.game.id}`);
    setBusy(false);
    setFailure(
      REFUSALS.has(created.code)
        ? t(`classReport.practice.${created.code}` as TMessageKey, { min: HARD_MIN_ANSWERS })
        : t("classReport.practice.failed", { message: created.status === 0 ? t("common.offline") : created.message }),
    );
  };

  return (
    <div className="practice-weakest">
      <button type="button" className="btn btn-primary" onClick={create} disabled={busy} aria-busy={busy}>
        {busy ? t("classReport.practice.busy") : t("classReport.practice.button")}
      </button>
      <FormMessage>{failure}</FormMessage>
    </div>
  );
}
