import Link from "next/link";
import type { TLang } from "@/lib/platform/i18n/lang";
import { translate } from "@/lib/platform/i18n/messages";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavLinks } from "./NavLinks";
import { ThemeSwitch } from "./ThemeSwitch";

export function SiteHeader({ lang }: { lang: TLang }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <span aria-hidden="true" className="brand-mark">
            ◆
          </span>{" "}
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")}>
          <NavLinks
            links={[
              { href: "/", label: t("nav.home") },
              { href: "/learn", label: t("nav.learn") },
              { href: "/progress", label: t("nav.progress") },
              { href: "/leaderboards", label: t("nav.leaderboards") },
              { href: "/classroom", label: t("nav.classroom") },
              { href: "/join", label: t("nav.join") },
              { href: "/me", label: t("me.nav") },
            ]}
          />
        </nav>
        <div className="header-switches">
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
