"use client";

import { useState } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import { useProgressStore } from "@/lib/progress/store/ProgressProvider";
import { Field } from "@/components/ui/Field";

const MAX_FILE_BYTES = 5_000_000;
const IMPORT_ERRORS: Record<string, TMessageKey> = {
  "not-progress-file": "transfer.notProgressFile",
  "invalid-progress": "transfer.invalidProgress",
  "too-large": "transfer.tooLarge",
  unreadable: "transfer.unreadable",
};

/** Export (download a JSON file) and import (replace the progress with a file's, or refuse it and change nothing). */
export function ProgressTransfer() {
  const t = useT();
  const store = useProgressStore();
  const [result, setResult] = useState<{ ok: boolean; message: TMessageKey } | null>(null);

  const download = () => {
    const blob = new Blob([store.getState().exportProgress()], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = `verbuendete-quiz-fortschritt-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setResult({ ok: true, message: "transfer.exported" });
  };

  const load = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ""; // the same file may be chosen again after a fix
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setResult({ ok: false, message: IMPORT_ERRORS["too-large"]! });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setResult({ ok: false, message: IMPORT_ERRORS.unreadable! });
    }
    const outcome = await store.getState().importProgress(text);
    setResult(
      outcome.ok
        ? { ok: true, message: "transfer.imported" }
        : { ok: false, message: IMPORT_ERRORS[outcome.message] ?? "transfer.invalidProgress" },
    );
  };

  return (
    <section className="card transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t("transfer.title")}</h2>
      <p className="muted">{t("transfer.text")}</p>
      <div className="transfer-actions">
        <button type="button" className="btn btn-primary" onClick={download}>
          {t("transfer.export")}
        </button>
        <Field
          id="progress-import"
          label={t("transfer.import")}
          hint={t("transfer.importHint")}
          control={(field) => (
            <input {...field} type="file" accept="application/json,.json" onChange={(event) => void load(event.currentTarget)} />
          )}
        />
      </div>
      <div role="status">{result?.ok && <p className="feedback is-right">{t(result.message)}</p>}</div>
      <div role="alert">{result && !result.ok && <p className="feedback is-wrong">{t(result.message)}</p>}</div>
    </section>
  );
}
