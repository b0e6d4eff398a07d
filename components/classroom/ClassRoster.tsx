"use client";

// The roster: every member with when they joined and were last active, and removing one (after a confirmation).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TRosterMember } from "@/lib/classes/types";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { ConfirmDialog } from "@/components/ui/ConfirmDialog";
import { FormMessage } from "@/components/ui/FormMessage";
import { ScrollRegion } from "@/components/ui/ScrollRegion";

export function ClassRoster({ groupId, members }: { groupId: string; members: TRosterMember[] }) {
  const t = useT();
  const { lang } = useLang();
  const router = useRouter();
  const id = useId();
  const [removing, setRemoving] = useState<TRosterMember>();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const date = (iso: string) =>
    new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  const name = (member: TRosterMember) => member.nickname ?? "–";

  const remove = async () => {
    const member = removing;
    setRemoving(undefined);
    if (!member) return;
    const result = await api(`/api/groups/${groupId}/members/${member.playerId}`, { method: "DELETE" });
    setMessage(result.ok ? { ok: true, text: t("class.removed", { name: name(member) }) } : { ok: false, text: result.message });
    router.refresh();
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t("class.roster")} ({members.length})
      </h2>
      {members.length ? (
        <ScrollRegion label={t("class.roster")}>
          <table className="roster">
            <thead>
              <tr>
                <th scope="col">{t("class.nickname")}</th>
                <th scope="col">{t("class.joined")}</th>
                <th scope="col">{t("class.lastActive")}</th>
                <th scope="col">{t("class.quizzes")}</th>
                <th scope="col">{t("class.games")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("class.remove")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.playerId}>
                  <th scope="row">{name(member)}</th>
                  <td>{date(member.joinedAt)}</td>
                  <td>{date(member.lastActiveAt)}</td>
                  <td>{member.quizzes}</td>
                  <td>{member.games}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      aria-label={`${t("class.remove")}: ${name(member)}`}
                      onClick={() => setRemoving(member)}
                    >
                      {t("class.remove")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="muted">{t("class.rosterEmpty")}</p>
      )}
      {message && <FormMessage ok={message.ok}>{message.text}</FormMessage>}
      <ConfirmDialog
        open={Boolean(removing)}
        title={t("class.remove")}
        question={removing && t("class.removeConfirm", { name: name(removing) })}
        confirm={t("class.remove")}
        danger
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => void remove()}
      />
    </section>
  );
}
