"use client";

// A class's page for its teacher: the join code (large, to read out or put on the projector) with a new one on
// demand, the scoring, and deleting the class.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TGroup } from "@/lib/classes/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { FormMessage } from "@/components/ui/FormMessage";
import { ScoringChoice } from "@/components/boards/ScoringChoice";

export function ClassTeacherPanel({ group, joinUrl }: { group: TGroup; joinUrl: string }) {
  const t = useT();
  const router = useRouter();
  const id = useId();
  const [joinCode, setJoinCode] = useState(group.joinCode);
  const [scoring, setScoring] = useState(group.scoring);
  const [confirm, setConfirm] = useState<"renew" | "delete">();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const renew = async () => {
    setConfirm(undefined);
    const result = await api<{ group: TGroup }>(`/api/groups/${group.id}/code`, { body: {} });
    if (result.ok) setJoinCode(result.data.group.joinCode);
    else setMessage({ ok: false, text: result.message });
  };
  const remove = async () => {
    setConfirm(undefined);
    const result = await api(`/api/groups/${group.id}`, { method: "DELETE" });
    if (result.ok) router.push("/classroom");
    else setMessage({ ok: false, text: result.message });
  };
  const changeScoring = async (next: "speed" | "accuracy") => {
    setScoring(next);
    const result = await api(`/api/groups/${group.id}`, { method: "PATCH", body: { scoring: next } });
    setMessage(result.ok ? { ok: true, text: t("groups.saved") } : { ok: false, text: result.message });
  };

  return (
    <section className="card class-panel" aria-labelledby={`${id}-code`}>
      <h2 id={`${id}-code`}>{t("class.joinCode")}</h2>
      <p className="join-code" data-testid="class-join-code">
        {joinCode}
      </p>
      <p className="muted">{t("class.joinHow", { url: joinUrl })}</p>
      <div className="class-panel-actions">
        <button type="button" className="btn btn-secondary" onClick={() => setConfirm("renew")}>
          {t("class.renewCode")}
        </button>
        <button type="button" className="btn btn-secondary btn-danger" onClick={() => setConfirm("delete")}>
          {t("class.delete")}
        </button>
      </div>
      <ScoringChoice
        name={`${id}-scoring`}
        legend={t("groups.changeScoring")}
        value={scoring}
        onChange={(mode) => void changeScoring(mode)}
      />
      {message && <FormMessage ok={message.ok}>{message.text}</FormMessage>}
      <ConfirmDialog
        open={Boolean(confirm)}
        title={t(confirm === "delete" ? "class.delete" : "class.renewCode")}
        question={confirm === "delete" ? t("class.deleteConfirm", { name: group.name }) : t("class.renewConfirm")}
        confirm={t(confirm === "delete" ? "class.delete" : "class.renewCode")}
        danger={confirm === "delete"}
        onCancel={() => setConfirm(undefined)}
        onConfirm={() => void (confirm === "delete" ? remove() : renew())}
      />
    </section>
  );
}
