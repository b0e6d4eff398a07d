"use client";

import { useEffect, useState } from "react";
import type { TGroup } from "@/lib/classes/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { readGroupKeys, saveGroupKey } from "./groupKeys";
import { ScoringChoice } from "./ScoringChoice";

/**
 * Shown only in the browser that holds the group's key (or opened the management link): the join code (asked
 * for with the key: the page itself does not carry it) and the scoring switch.
 */
export function GroupTeacherPanel({ group }: { group: Omit<TGroup, "joinCode"> }) {
  const t = useT();
  const [key, setKey] = useState<string>();
  const [joinCode, setJoinCode] = useState<string>();
  const [scoring, setScoring] = useState(group.scoring);
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    if (!key) return;
    void fetch(`/api/groups/${group.id}`, { headers: { "X-Group-Key": key } })
      .then((response) => (response.ok ? (response.json() as Promise<{ group: Partial<TGroup> }>) : undefined))
      .then((body) => setJoinCode(body?.group.joinCode))
      .catch(() => undefined);
  }, [group.id, key]);
  useEffect(() => {
    const fromLink = /#key=([\w-]+)/.exec(window.location.hash)?.[1];
    if (fromLink) {
      saveGroupKey(group.id, fromLink);
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    const known = fromLink ?? readGroupKeys()[group.id];
    if (known) queueMicrotask(() => setKey(known));
  }, [group.id]);
  if (!key) return null;
  const change = async (next: "speed" | "accuracy") => {
    setScoring(next);
    const response = await fetch(`/api/groups/${group.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", "X-Group-Key": key },
      body: JSON.stringify({ scoring: next }),
    });
    setMessage(response.ok ? t("groups.saved") : ((await response.json()) as { error: { message: string } }).error.message);
  };
  return (
    <section className="card" aria-labelledby="teacher-title" style={{ marginBottom: "1rem" }}>
      <h2 id="teacher-title" style={{ marginTop: 0 }}>
        {t("groups.teacher")}
      </h2>
      {joinCode && <p>{t("groups.shareCode", { code: joinCode })}</p>}
      <ScoringChoice
        name="group-scoring"
        legend={t("groups.changeScoring")}
        value={scoring}
        onChange={(mode) => void change(mode)}
      />
      <p role="status">{message}</p>
    </section>
  );
}
