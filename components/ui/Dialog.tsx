"use client";

// A modal dialog on the browser's own <dialog>: showModal() makes the page behind it inert (focus stays inside),
// Escape closes it, and focus goes back to whatever opened it. Keys pressed inside do not reach the page's own
// shortcuts (a quiz's 1–9 and Enter).
import { useEffect, useRef } from "react";

export type TDialogProps = {
  open: boolean;
  onClose: () => void;
  /** The id of the heading that names the dialog. */
  labelledBy: string;
  className?: string;
  children: React.ReactNode;
};

export function Dialog({ open, onClose, labelledBy, className, children }: TDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const closed = () => {
      opener.current?.focus();
      onClose();
    };
    dialog.addEventListener("close", closed);
    return () => dialog.removeEventListener("close", closed);
  }, [onClose]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      className={className ? `dialog ${className}` : "dialog"}
      onKeyDown={(event) => event.stopPropagation()}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === ref.current) ref.current.close();
      }}
    >
      {open && children}
    </dialog>
  );
}
