"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TGroup } from "@/lib/classes/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
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
      <div className="field">
        <label htmlFor="group-name">{t("groups.name")}</label>
        <input
          id="group-name"
          type="text"
          value={name}
          maxLength={60}
          required
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <ScoringChoice name="scoring" legend={t("groups.scoring")} value={scoring} onChange={setScoring} />
      <p className="field-error" role="alert">
        {error}
      </p>
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
      <div className="field">
        <label htmlFor="group-code">{t("groups.code")}</label>
        <input
          id="group-code"
          type="text"
          autoCapitalize="characters"
          autoComplete="off"
          value={code}
          maxLength={12}
          required
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="group-nickname">{t("groups.nickname")}</label>
        <input
          id="group-nickname"
          type="text"
          value={nickname}
          maxLength={40}
          required
          onChange={(event) => setNickname(event.target.value)}
        />
      </div>
      <p className="field-error" role="alert">
        {error}
      </p>
      {joined && <p role="status">{t("groups.joined", { name: joined })}</p>}
      <button type="submit" className="btn btn-primary">
        {t("groups.join")}
      </button>
    </form>
  );
}
