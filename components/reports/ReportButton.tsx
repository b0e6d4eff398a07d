"use client";

// "Frage melden": a button beside every question, in every mode, that opens a small dialog with a reason and an
// optional comment. The report names the question by the id the mode showed (sealed in quizzes and games).
import { useCallback, useId, useState } from "react";
import { Dialog } from "@/components/ui/Dialog";
import { FormMessage } from "@/components/ui/FormMessage";
import { api } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { MAX_REPORT_COMMENT, REPORT_REASONS, type TReportReason, type TReportTarget } from "@/lib/reports/types";

export function ReportButton({ target, className }: { target: TReportTarget; className?: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className={className ?? "btn btn-ghost report-button"} onClick={() => setOpen(true)}>
        <span aria-hidden="true">⚑ </span>
        {t("report.open")}
      </button>
      <Dialog open={open} onClose={close} labelledBy="report-dialog-title" className="report-dialog">
        <ReportForm target={target} onDone={close} />
      </Dialog>
    </>
  );
}

function ReportForm({ target, onDone }: { target: TReportTarget; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [reason, setReason] = useState<TReportReason | null>(null);
  const [comment, setComment] = useState("");
  const [state, setState] = useState<{ name: "editing" | "sending" | "sent" } | { name: "failed"; message: string }>({
    name: "editing",
  });

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (!reason) return setState({ name: "failed", message: t("report.pickReason") });
    setState({ name: "sending" });
    const result = await api("/api/reports", { body: { ...target, reason, ...(comment.trim() ? { comment } : {}) } });
    if (result.ok) return setState({ name: "sent" });
    const message =
      result.status === 429
        ? t("common.tooFast")
        : result.status === 0
          ? t("common.offline")
          : t("common.error", { message: result.message });
    setState({ name: "failed", message });
  }

  if (state.name === "sent") {
    return (
      <div className="report-form">
        <h2 id="report-dialog-title">{t("report.title")}</h2>
        <FormMessage ok>{t("report.thanks")}</FormMessage>
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" autoFocus onClick={onDone}>
            {t("common.close")}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form className="report-form" onSubmit={(event) => void send(event)} noValidate>
      <h2 id="report-dialog-title">{t("report.title")}</h2>
      <p className="hint">{t("report.intro")}</p>
      <fieldset>
        <legend>{t("report.reasonLegend")}</legend>
        {REPORT_REASONS.map((each, index) => (
          <label key={each} className="report-reason">
            <input
              type="radio"
              name={`${id}-reason`}
              value={each}
              checked={reason === each}
              autoFocus={index === 0}
              onChange={() => {
                setReason(each);
                setState({ name: "editing" });
              }}
            />
            {t(`report.reason.${each}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t("report.comment")}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={MAX_REPORT_COMMENT}
          value={comment}
          aria-describedby={`${id}-comment-hint`}
          onChange={(event) => setComment(event.target.value)}
        />
        <span id={`${id}-comment-hint`} className="hint">
          {t("report.commentHint", { max: MAX_REPORT_COMMENT })}
        </span>
      </div>
      <FormMessage>{state.name === "failed" ? state.message : null}</FormMessage>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t("report.cancel")}
        </button>
        <button type="submit" className="btn btn-primary" disabled={state.name === "sending"}>
          {state.name === "sending" ? t("report.sending") : t("report.send")}
        </button>
      </div>
    </form>
  );
}
