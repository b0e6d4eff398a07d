"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TPlayer } from "@/lib/players/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";

export function NicknameForm({ player }: { player: TPlayer | null }) {
  const t = useT();
  const router = useRouter();
  const [nickname, setNickname] = useState(player?.nickname ?? "");
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await api<{ player: TPlayer }>("/api/me/nickname", { method: "PUT", body: { nickname } });
    setMessage(result.ok ? { ok: true, text: t("me.saved") } : { ok: false, text: result.message });
    if (result.ok) router.refresh();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="nickname-title">
      <h2 id="nickname-title" style={{ marginTop: 0 }}>
        {t("me.nickname")}
      </h2>
      {!player?.nickname && <p className="muted">{t("me.noNickname")}</p>}
      <Field
        id="profile-nickname"
        label={t("me.nickname")}
        invalid={message !== undefined && !message.ok}
        control={(field) => (
          <input
            {...field}
            type="text"
            value={nickname}
            maxLength={40}
            required
            onChange={(event) => setNickname(event.target.value)}
          />
        )}
      />
      <FormMessage ok={message?.ok}>{message?.text}</FormMessage>
      <button type="submit" className="btn btn-primary">
        {t("me.save")}
      </button>
    </form>
  );
}

export function RecoveryCodePanel({ hasPlayer }: { hasPlayer: boolean }) {
  const t = useT();
  const [code, setCode] = useState<string>();
  const [error, setError] = useState<string>();
  const create = async () => {
    const result = await api<{ code: string }>("/api/me/recovery", { body: {} });
    if (result.ok) setCode(result.data.code);
    else setError(result.message);
  };
  return (
    <section className="card" aria-labelledby="recovery-title">
      <h2 id="recovery-title" style={{ marginTop: 0 }}>
        {t("me.recovery")}
      </h2>
      <p className="muted">{hasPlayer ? t("me.recoveryText") : t("me.noPlayer")}</p>
      {code && (
        <p role="status">
          {t("me.recoveryShown")}
          <strong style={{ fontSize: "1.3rem", letterSpacing: "0.05em" }} data-testid="recovery-code">
            {code}
          </strong>
        </p>
      )}
      <FormMessage>{error}</FormMessage>
      <button type="button" className="btn btn-secondary" disabled={!hasPlayer} onClick={() => void create()}>
        {t("me.recoveryNew")}
      </button>
    </section>
  );
}

export function RecoverForm() {
  const t = useT();
  const router = useRouter();
  const [code, setCode] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const result = await api<{ player: TPlayer }>("/api/me/recover", { body: { code } });
    setMessage(
      result.ok
        ? { ok: true, text: t("me.recovered", { nickname: result.data.player.nickname ?? "" }) }
        : { ok: false, text: result.message },
    );
    if (result.ok) router.refresh();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="recover-title">
      <h2 id="recover-title" style={{ marginTop: 0 }}>
        {t("me.recover")}
      </h2>
      <p className="muted">{t("me.recoverText")}</p>
      <Field
        id="recover-code"
        label={t("me.recovery")}
        control={(field) => (
          <input
            {...field}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            value={code}
            required
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      />
      <FormMessage ok={message?.ok}>{message?.text}</FormMessage>
      <button type="submit" className="btn btn-primary">
        {t("me.recover")}
      </button>
    </form>
  );
}
