"use client";

// Games and classes this browser made before its teacher signed in: one click moves them into the account.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { forgetGroupKeys, readGroupKeys } from "./groupKeys";

export function ClaimBanner({ unclaimedGames }: { unclaimedGames: number }) {
  const t = useT();
  const router = useRouter();
  const [keys, setKeys] = useState<Array<{ id: string; key: string }>>([]);
  const [done, setDone] = useState(false);
  useEffect(() => {
    const stored = Object.entries(readGroupKeys()).map(([id, key]) => ({ id, key }));
    if (stored.length) queueMicrotask(() => setKeys(stored));
  }, []);
  if (done) return <p role="status">{t("dashboard.claimed")}</p>;
  if (!unclaimedGames && !keys.length) return null;
  const claim = async () => {
    const result = await api<{ games: number; groups: number }>("/api/teacher/claim", { body: { groups: keys } });
    if (!result.ok) return;
    forgetGroupKeys();
    setDone(true);
    router.refresh();
  };
  return (
    <div className="card claim-banner">
      <p>{t("dashboard.claim", { games: unclaimedGames, groups: keys.length })}</p>
      <button type="button" className="btn btn-primary" onClick={() => void claim()}>
        {t("dashboard.claimButton")}
      </button>
    </div>
  );
}
