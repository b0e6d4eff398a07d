"use client";

// The projector PC's side of a handover: the code typed (or carried in the QR code's link) makes this device a
// host of the game. A wrong, expired or used code says what to do next.
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";

const KNOWN = new Set(["invalid_handover_code", "unknown_handover_code", "handover_expired", "handover_used"]);

export function HandoverConnectForm({ initialCode }: { initialCode: string }) {
  const t = useT();
  const router = useRouter();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const tried = useRef(false);

  const connect = async (value: string) => {
    setError(undefined);
    setBusy(true);
    const result = await api<{ gameId: string }>("/api/games/handover", { body: { code: value } });
    setBusy(false);
    if (result.ok) return router.push(`/host/${result.data.gameId}`);
    setError(KNOWN.has(result.code) ? t(`handover.err.${result.code}` as TMessageKey) : result.message);
  };
  // A code in the link (the QR code) is redeemed at once.
  useEffect(() => {
    if (initialCode && !tried.current) {
      tried.current = true;
      queueMicrotask(() => void connect(initialCode));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialCode]);

  return (
    <form
      className="card handover-connect"
      onSubmit={(event) => {
        event.preventDefault();
        void connect(code);
      }}
      aria-labelledby={`${id}-title`}
    >
      <h1 id={`${id}-title`}>{t("handover.connectTitle")}</h1>
      <p>{t("handover.connectIntro")}</p>
      <Field
        id={`${id}-code`}
        label={t("handover.code")}
        control={(field) => (
          <input
            {...field}
            type="text"
            className="handover-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
      />
      <FormMessage>{error}</FormMessage>
      <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
        {t("handover.connect")}
      </button>
    </form>
  );
}
