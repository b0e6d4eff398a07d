"use client";

import { useCallback } from "react";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TLearnCard } from "@/lib/learn/rules/fact-deck";

/** Context facts (Russia, Putin, the war) have no country of their own; they are grouped under this key. */
export const CONTEXT_KEY = "context";
/** Facts without a theme (mostly statements about a country's stance) are grouped under this key. */
export const OTHER_THEME = "other";

/** Names for a fact's countries and themes (or their group keys) in the interface language. */
export function useFactLabels(countryNames: Record<string, string>) {
  const t = useT();
  const country = useCallback(
    (code: string) => (code === CONTEXT_KEY ? t("results.context") : (countryNames[code] ?? code)),
    [countryNames, t],
  );
  const theme = useCallback(
    (key: string) => (key === OTHER_THEME ? t("learn.themeOther") : t(`theme.${key as TLearnCard["themes"][number]}`)),
    [t],
  );
  return {
    country,
    theme,
    countriesOf: (fact: Pick<TLearnCard, "countries">) =>
      fact.countries.length ? fact.countries.map(country).join(", ") : country(CONTEXT_KEY),
    themesOf: (fact: Pick<TLearnCard, "themes">) =>
      fact.themes.length ? fact.themes.map(theme).join(" · ") : theme(OTHER_THEME),
  };
}
