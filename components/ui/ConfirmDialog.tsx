"use client";

// "Really?" before something that cannot be undone (deleting a game or a class, removing a student, a new join
// code): a titled question, Cancel, and the action named again on its button, red when it destroys.
import { useId } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Dialog } from "./Dialog";

export type TConfirmDialogProps = {
  open: boolean;
  title: string;
  question: React.ReactNode;
  /** The button that does it; `danger` when it deletes or removes. */
  confirm: string;
  danger?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
};

export function ConfirmDialog({ open, title, question, confirm, danger, onCancel, onConfirm }: TConfirmDialogProps) {
  const t = useT();
  const id = useId();
  return (
    <Dialog open={open} onClose={onCancel} labelledBy={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{question}</p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t("dashboard.cancel")}
        </button>
        <button type="button" className={`btn btn-primary${danger ? " btn-danger" : ""}`} onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
