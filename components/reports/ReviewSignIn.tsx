"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/ui/Field";
import { api } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";

/** The admin secret, once; the server answers with an httpOnly session cookie and the page shows the reports. */
export function ReviewSignIn() {
  const t = useT();
  const router = useRouter();
  const [secret, setSecret] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function signIn(event: React.FormEvent) {
    event.preventDefault();
    setSending(true);
    const result = await api("/api/review/session", { body: { secret } });
    setSending(false);
    if (result.ok) return router.refresh();
    setError(
      result.status === 401
        ? t("review.wrongSecret")
        : result.status === 429
          ? t("common.tooFast")
          : t("common.error", { message: result.message }),
    );
  }

  return (
    <form className="card review-signin" onSubmit={(event) => void signIn(event)}>
      <p>{t("review.signInIntro")}</p>
      <Field
        id="review-secret"
        label={t("review.secret")}
        error={error}
        reserveError
        control={(props) => (
          <input
            {...props}
            type="password"
            autoComplete="current-password"
            required
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
          />
        )}
      />
      <button type="submit" className="btn btn-primary" disabled={sending || !secret}>
        {t("review.signIn")}
      </button>
    </form>
  );
}
