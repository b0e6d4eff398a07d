"use client";

import { useLang, useT } from "@/lib/platform/i18n/LangProvider";

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT();
  const other = lang === "de" ? "en" : "de";
  return (
    <button
      type="button"
      className="btn btn-ghost lang-switch"
      lang={other}
      aria-label={t("lang.switchLabel")}
      onClick={() => setLang(other)}
    >
      {t("lang.switch")}
    </button>
  );
}
