"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TGroup } from "@/lib/classes/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";

/** A student joins a class with its code (and a nickname if they have none). */
export function JoinGroupForm({ nickname: initialNickname }: { nickname: string | null }) {
  const t = useT();
  const router = useRouter();
  const [code, setCode] = useState("");
  const [nickname, setNickname] = useState(initialNickname ?? "");
  const [error, setError] = useState<string>();
  const [joined, setJoined] = useState<string>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const result = await api<{ group: TGroup }>("/api/groups/join", { body: { code, nickname } });
    if (!result.ok) return setError(result.message);
    setJoined(result.data.group.name);
    router.refresh();
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="join-group-title">
      <h2 id="join-group-title" style={{ marginTop: 0 }}>
        {t("groups.join")}
      </h2>
      <Field
        id="group-code"
        label={t("groups.code")}
        control={(field) => (
          <input
            {...field}
            type="text"
            autoCapitalize="characters"
            autoComplete="off"
            value={code}
            maxLength={12}
            required
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      />
      <Field
        id="group-nickname"
        label={t("groups.nickname")}
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
      <FormMessage>{error}</FormMessage>
      {joined && <p role="status">{t("groups.joined", { name: joined })}</p>}
      <button type="submit" className="btn btn-primary">
        {t("groups.join")}
      </button>
    </form>
  );
}
