"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";

export type TJoinInfo = { pin: string | null; url: string; shortUrl: string; qrSvg: string };

/** Where and how to join, large enough to read from the back of the room: the address, the PIN, the QR code. */
export function HostJoinPanel({ join, compact = false }: { join: TJoinInfo; compact?: boolean }) {
  const t = useT();
  const pin = join.pin ?? "";
  return (
    <div className={`join-panel${compact ? " is-compact" : ""}`}>
      <div>
        <p className="join-at">
          {t("live.host.joinAt")} <strong>{join.shortUrl}</strong>
        </p>
        <p className="pin-label" id="game-pin-label">
          {t("live.host.pin")}
        </p>
        <p className="pin" aria-labelledby="game-pin-label" data-testid="game-pin">
          {pin.slice(0, 3)}&nbsp;{pin.slice(3)}
        </p>
      </div>
      {/* The qrcode library's SVG: it encodes the join link with the PIN. */}
      <div className="qr" role="img" aria-label={t("live.host.qr", { pin })} dangerouslySetInnerHTML={{ __html: join.qrSvg }} />
    </div>
  );
}
