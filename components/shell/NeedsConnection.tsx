"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import { useOnline } from "./useOnline";

/** Said plainly where a quiz starts or runs: it is graded on the server, so it needs a connection. */
export function NeedsConnection() {
  const t = useT();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="notice offline-notice" role="status">
      {t("offline.quiz")}
    </p>
  );
}
