"use client";

// Signing in, creating an account and setting a new password with the recovery code: three tabs of one card.
// After creating an account (or using the recovery code) the recovery code is shown once before going on.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api, type TApiResult } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";

type TTab = "signIn" | "signUp" | "forgot";

/** The refusal in the page's language: the API's messages are English. */
function refusalText(t: ReturnType<typeof useT>, result: Extract<TApiResult<unknown>, { ok: false }>, login: string): string {
  switch (result.code) {
    case "wrong_login":
    case "wrong_recovery_code":
    case "invalid_login":
      return t(`teacher.err.${result.code}` as TMessageKey);
    case "wait_after_wrong_password":
      return t("teacher.err.wait", { seconds: result.retryAfterSeconds ?? 1 });
    case "login_taken":
      return t(login.includes("@") ? "teacher.err.login_taken_email" : "teacher.err.login_taken_user");
    case "invalid_password":
      return t("teacher.err.password");
    case "offline":
      return t("common.offline");
    default:
      return result.message;
  }
}

export function TeacherAuthForms() {
  const t = useT();
  const router = useRouter();
  const id = useId();
  const [tab, setTab] = useState<TTab>("signIn");
  const [name, setName] = useState("");
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [shownCode, setShownCode] = useState<string>();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (tab !== "signIn" && password.length < 10) return setError(t("teacher.err.password"));
    if (tab === "signUp" && name.trim().length < 2) return setError(t("teacher.err.name"));
    setBusy(true);
    const result =
      tab === "signIn"
        ? await api<unknown>("/api/teacher/sign-in", { body: { login, password } })
        : tab === "signUp"
          ? await api<{ recoveryCode: string }>("/api/teacher/sign-up", { body: { name, login, password } })
          : await api<{ recoveryCode: string }>("/api/teacher/recover", { body: { login, recoveryCode, newPassword: password } });
    setBusy(false);
    if (!result.ok) return setError(refusalText(t, result, login));
    const code = (result.data as { recoveryCode?: string }).recoveryCode;
    if (code) return setShownCode(code);
    router.refresh();
  };

  if (shownCode)
    return (
      <section className="card teacher-auth" aria-labelledby={`${id}-code`}>
        <h2 id={`${id}-code`}>{t("teacher.recoveryCode")}</h2>
        <p>{t("teacher.recoveryShow")}</p>
        <p className="recovery-code" data-testid="teacher-recovery-code">
          {shownCode}
        </p>
        <button type="button" className="btn btn-primary" onClick={() => router.refresh()}>
          {t("teacher.recoveryNoted")}
        </button>
      </section>
    );

  const tabs: Array<[TTab, TMessageKey]> = [
    ["signIn", "teacher.signIn"],
    ["signUp", "teacher.signUp"],
    ["forgot", "teacher.forgot"],
  ];
  return (
    <section className="card teacher-auth" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(tabs.find(([value]) => value === tab)![1])}</h2>
      <p className="muted">{t("teacher.accountIntro")}</p>
      <div className="auth-tabs" role="tablist" aria-label={t("teacher.signIn")}>
        {tabs.map(([value, label]) => (
          <button
            key={value}
            id={`${id}-tab-${value}`}
            type="button"
            role="tab"
            className={`btn ${tab === value ? "btn-primary" : "btn-secondary"}`}
            aria-selected={tab === value}
            aria-controls={`${id}-panel`}
            onClick={() => {
              setTab(value);
              setError(undefined);
            }}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <form id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${tab}`} onSubmit={submit} noValidate>
        {tab === "signUp" && (
          <Field
            id={`${id}-name`}
            label={t("teacher.name")}
            control={(field) => (
              <input
                {...field}
                type="text"
                autoComplete="name"
                maxLength={60}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          />
        )}
        <Field
          id={`${id}-login`}
          label={t("teacher.login")}
          hint={tab === "signUp" ? t("teacher.loginHint") : undefined}
          control={(field) => (
            <input
              {...field}
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={120}
              value={login}
              onChange={(e) => setLogin(e.target.value)}
            />
          )}
        />
        {tab === "forgot" && (
          <>
            <p className="hint">{t("teacher.recoverIntro")}</p>
            <Field
              id={`${id}-recovery`}
              label={t("teacher.recoveryCode")}
              control={(field) => (
                <input
                  {...field}
                  type="text"
                  autoComplete="off"
                  autoCapitalize="characters"
                  value={recoveryCode}
                  onChange={(e) => setRecoveryCode(e.target.value)}
                />
              )}
            />
          </>
        )}
        <Field
          id={`${id}-password`}
          label={t(tab === "forgot" ? "teacher.newPassword" : "teacher.password")}
          hint={tab === "signIn" ? undefined : t("teacher.passwordHint")}
          control={(field) => (
            <input
              {...field}
              type="password"
              autoComplete={tab === "signIn" ? "current-password" : "new-password"}
              maxLength={128}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        />
        <FormMessage>{error}</FormMessage>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t(tab === "signIn" ? "teacher.signIn" : tab === "signUp" ? "teacher.signUp" : "teacher.setPassword")}
        </button>
      </form>
    </section>
  );
}
