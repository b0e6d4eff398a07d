import type { Metadata, Viewport } from "next";
import { ProgressNotice } from "@/components/shell/ProgressNotice";
import { SiteHeader } from "@/components/shell/SiteHeader";
import { ServiceWorker } from "@/components/shell/ServiceWorker";
import { ThemeScript } from "@/components/shell/ThemeScript";
import { LangProvider } from "@/lib/platform/i18n/LangProvider";
import { messagesFor } from "@/lib/platform/i18n/messages";
import { getLang } from "@/lib/platform/i18n/server";
import { ProgressProvider } from "@/lib/progress/store/ProgressProvider";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const lang = await getLang();
  return lang === "de"
    ? {
        title: "Putins Verbündete – Quiz mit Quellen",
        description: "Lernen mit Quellen: Welche Länder stehen im Krieg gegen die Ukraine an Russlands Seite?",
      }
    : {
        title: "Putin's Allies – a quiz with sources",
        description: "Learn with sources: which countries stand by Russia in its war against Ukraine?",
      };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f6f5f1" },
    { media: "(prefers-color-scheme: dark)", color: "#121418" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = await getLang();
  return (
    // The theme script sets data-theme on <html> before React hydrates: that difference is expected.
    <html lang={lang} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <LangProvider lang={lang} messages={messagesFor(lang)}>
          <ProgressProvider>
            <a className="skip-link" href="#main">
              {lang === "de" ? "Zum Inhalt springen" : "Skip to content"}
            </a>
            <SiteHeader lang={lang} />
            <ProgressNotice />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
            <ServiceWorker />
          </ProgressProvider>
        </LangProvider>
      </body>
    </html>
  );
}
