"use client";

import { useState } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { useProgressStore } from "@/lib/progress/store/ProgressProvider";

/** Deleting all progress in this browser, only after a second, explicit confirmation. */
export function ResetProgress() {
  const t = useT();
  const store = useProgressStore();
  const [phase, setPhase] = useState<"idle" | "confirm" | "done">("idle");
  return (
    <section className="card reset" aria-labelledby="reset-title">
      <h2 id="reset-title">{t("reset.title")}</h2>
      {phase === "confirm" ? (
        <div role="group" aria-labelledby="reset-question">
          <p id="reset-question" className="feedback is-wrong">
            {t("reset.question")}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                store.getState().reset();
                setPhase("done");
              }}
            >
              {t("reset.confirm")}
            </button>
            <button type="button" className="btn btn-secondary" autoFocus onClick={() => setPhase("idle")}>
              {t("reset.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn-secondary" onClick={() => setPhase("confirm")}>
          {t("reset.start")}
        </button>
      )}
      <p role="status">{phase === "done" ? t("reset.done") : ""}</p>
    </section>
  );
}
