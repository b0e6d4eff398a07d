"use client";

// "Auf anderem Gerät steuern": a one-time code and its QR code for the projector PC, with the minutes it stays
// valid counting down; a new one on demand.
import { useEffect, useId, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Dialog } from "@/components/ui/Dialog";
import { FormMessage } from "@/components/ui/FormMessage";

type THandover = { code: string; expiresAt: string; url: string; shortUrl: string; qrSvg: string };

export function HandoverButton({ gameId }: { gameId: string }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [handover, setHandover] = useState<THandover>();
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [open]);

  const fetchCode = async () => {
    setError(undefined);
    const result = await api<THandover>(`/api/games/${gameId}/handover`, { body: {} });
    if (!result.ok) return setError(result.message);
    setNow(Date.now());
    setHandover(result.data);
  };
  const left = handover ? Math.max(0, Date.parse(handover.expiresAt) - now) : 0;
  const time = `${Math.floor(left / 60_000)}:${String(Math.floor((left % 60_000) / 1000)).padStart(2, "0")}`;

  return (
    <>
      <button
        type="button"
        className="btn btn-ghost"
        onClick={() => {
          setOpen(true);
          void fetchCode();
        }}
      >
        {t("handover.button")}
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} labelledBy={`${id}-title`} className="handover-dialog">
        <h2 id={`${id}-title`}>{t("handover.title")}</h2>
        {handover && (
          <>
            <p>{t("handover.howto", { url: handover.shortUrl })}</p>
            <p className="handover-code" data-testid="handover-code">
              {handover.code}
            </p>
            {/* The qrcode library's SVG: it encodes the connect link with the code. */}
            <div className="handover-qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: handover.qrSvg }} />
            <p role="status">{left > 0 ? t("handover.validFor", { time }) : t("handover.expired")}</p>
          </>
        )}
        <FormMessage>{error}</FormMessage>
        <div className="dialog-actions">
          <button type="button" className="btn btn-secondary" onClick={() => void fetchCode()}>
            {t("handover.new")}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setOpen(false)}>
            {t("handover.close")}
          </button>
        </div>
      </Dialog>
    </>
  );
}
