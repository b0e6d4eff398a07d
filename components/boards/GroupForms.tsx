"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TGroup } from "@/lib/classes/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { saveGroupKey } from "./groupKeys";
import { ScoringChoice } from "./ScoringChoice";

/** A teacher creates a class; the browser keeps its management key. */
export function CreateGroupForm() {
  const t = useT();
  const [name, setName] = useState("");
  const [scoring, setScoring] = useState<"speed" | "accuracy">("speed");
  const [error, setError] = useState<string>();
  const [created, setCreated] = useState<{ group: TGroup; manageKey: string }>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const result = await api<{ group: TGroup; manageKey: string }>("/api/groups", { body: { name, scoring } });
    if (!result.ok) return setError(result.message);
    saveGroupKey(result.data.group.id, result.data.manageKey);
    setCreated(result.data);
  };
  if (created) {
    const link = `/groups/${created.group.id}#key=${created.manageKey}`;
    return (
      <div className="card" role="status">
        <p>{t("groups.created", { code: created.group.joinCode })}</p>
        <p>
          <Link href={link}>{t("groups.manageLink")}</Link>
        </p>
      </div>
    );
  }
  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-group-title">
      <h2 id="create-group-title" style={{ marginTop: 0 }}>
        {t("groups.create")}
      </h2>
      <Field
        id="group-name"
        label={t("groups.name")}
        control={(field) => (
          <input {...field} type="text" value={name} maxLength={60} required onChange={(event) => setName(event.target.value)} />
        )}
      />
      <ScoringChoice name="scoring" legend={t("groups.scoring")} value={scoring} onChange={setScoring} />
      <FormMessage>{error}</FormMessage>
      <button type="submit" className="btn btn-primary">
        {t("groups.create")}
      </button>
    </form>
  );
}

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
