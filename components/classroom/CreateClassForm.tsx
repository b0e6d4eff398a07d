"use client";

// A signed-in teacher creates a class and goes to its page (join code, roster).
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TGroup } from "@/lib/classes/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";
import { ScoringChoice } from "@/components/boards/ScoringChoice";

export function CreateClassForm() {
  const t = useT();
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState("");
  const [scoring, setScoring] = useState<"speed" | "accuracy">("speed");
  const [error, setError] = useState<string>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const result = await api<{ group: TGroup }>("/api/groups", { body: { name, scoring } });
    if (!result.ok) return setError(result.status === 0 ? t("common.offline") : result.message);
    router.push(`/classroom/classes/${result.data.group.id}`);
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} style={{ marginTop: 0 }}>
        {t("groups.create")}
      </h3>
      <Field
        id={`${id}-name`}
        label={t("groups.name")}
        control={(field) => (
          <input {...field} type="text" value={name} maxLength={60} required onChange={(event) => setName(event.target.value)} />
        )}
      />
      <ScoringChoice name={`${id}-scoring`} legend={t("groups.scoring")} value={scoring} onChange={setScoring} />
      <FormMessage>{error}</FormMessage>
      <button type="submit" className="btn btn-primary">
        {t("groups.create")}
      </button>
    </form>
  );
}
