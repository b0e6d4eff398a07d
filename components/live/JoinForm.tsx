"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiWhenAdmitted, type TApiResult } from "@/lib/platform/http/api-client";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import type { TLocalized } from "@/questions/schema";
import { ZGamePin } from "@/lib/games/schemas";
import { Field } from "@/components/ui/Field";

type TLookup = {
  game: { id: string; mode: string; status: string; setTitle: TLocalized | null };
  rejoin: { nickname: string } | null;
};

const KNOWN_ERRORS = new Set(["unknown_pin", "game_ended", "game_locked", "game_full", "player_removed", "nickname_taken"]);

/**
 * Joining in two steps, as on a projector quiz: the PIN (or a QR code that carries it), then a nickname. Every
 * refusal is said on the page, next to the field at fault. When the whole class arrives at once the server may
 * ask a student to come back in a second (503): the form waits and tries again by itself, saying it is about to
 * get in, never showing an error.
 */
export function JoinForm({ initialPin }: { initialPin: string }) {
  const t = useT();
  const { lang } = useLang();
  const router = useRouter();
  const [pin, setPin] = useState(initialPin);
  const [nickname, setNickname] = useState("");
  const [found, setFound] = useState<TLookup>();
  const [error, setError] = useState<{ field: "pin" | "nickname"; message: string }>();
  const [busy, setBusy] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const nicknameRef = useRef<HTMLInputElement>(null);
  const looked = useRef(false);

  const explain = useCallback(
    (result: Extract<TApiResult<unknown>, { ok: false }>, field: "pin" | "nickname") => {
      if (result.status === 0) return setError({ field, message: t("common.offline") });
      const message = KNOWN_ERRORS.has(result.code) ? t(`live.join.error.${result.code}` as TMessageKey) : result.message;
      setError({ field: result.code.startsWith("nickname") ? "nickname" : field, message });
    },
    [t],
  );

  const lookUp = useCallback(
    async (value: string) => {
      setError(undefined);
      const parsed = ZGamePin.safeParse(value);
      if (!parsed.success) return setError({ field: "pin", message: t("live.join.error.invalid_pin") });
      setBusy(true);
      const result = await apiWhenAdmitted<TLookup>(`/api/games/lookup?pin=${encodeURIComponent(parsed.data)}`, {}, setWaiting);
      setBusy(false);
      if (!result.ok) return explain(result, "pin");
      setPin(parsed.data);
      setFound(result.data);
      requestAnimationFrame(() => nicknameRef.current?.focus());
    },
    [explain, t],
  );

  // A QR code opens this page with the PIN: go straight to the nickname.
  useEffect(() => {
    if (initialPin && !looked.current) {
      looked.current = true;
      void lookUp(initialPin);
    }
  }, [initialPin, lookUp]);

  const join = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!found) return void lookUp(pin);
    setBusy(true);
    setError(undefined);
    const result = await apiWhenAdmitted<{ gameId: string }>("/api/games/join", { body: { pin, nickname } }, setWaiting);
    if (!result.ok) {
      setBusy(false);
      return explain(result, "nickname");
    }
    router.push(`/play/${result.data.gameId}`);
  };

  const errorFor = (field: "pin" | "nickname") => (error?.field === field ? error.message : undefined);

  return (
    <form className="card join-card" onSubmit={join} noValidate>
      {!found ? (
        <Field
          id="pin"
          label={t("live.join.pin")}
          hint={t("live.join.pinHint")}
          error={errorFor("pin")}
          control={(field) => (
            <input
              {...field}
              className="pin-input"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={9}
              value={pin}
              onChange={(event) => setPin(event.target.value)}
              autoFocus
            />
          )}
        >
          <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
            {t("live.join.continue")}
          </button>
        </Field>
      ) : found.rejoin ? (
        <div className="field">
          <p role="status">{t("live.join.rejoin", { nickname: found.rejoin.nickname })}</p>
          <button type="button" className="btn btn-primary btn-large" onClick={() => router.push(`/play/${found.game.id}`)}>
            {t("live.join.rejoinButton")}
          </button>
        </div>
      ) : (
        <Field
          id="nickname"
          label={t("live.join.nickname")}
          hint={t("live.join.nicknameHint")}
          error={errorFor("nickname")}
          intro={found.game.setTitle && <p className="join-game">{t("live.join.game", { title: found.game.setTitle[lang] })}</p>}
          control={(field) => (
            <input
              {...field}
              ref={nicknameRef}
              type="text"
              autoComplete="nickname"
              maxLength={40}
              value={nickname}
              onChange={(event) => setNickname(event.target.value)}
            />
          )}
        >
          {error?.field === "pin" && (
            <span id="pin-error" className="field-error" role="alert">
              {error.message}
            </span>
          )}
          <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
            {t("live.join.submit")}
          </button>
        </Field>
      )}
      {waiting && (
        <div className="join-waiting" role="status">
          <p className="join-waiting-title">{t("live.join.waiting")}</p>
          <p>{t("live.join.waitingHint")}</p>
        </div>
      )}
      {found && (
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            setFound(undefined);
            setError(undefined);
          }}
        >
          {t("live.join.otherPin")}
        </button>
      )}
    </form>
  );
}
