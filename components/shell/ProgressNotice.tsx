"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import { useProgress } from "@/lib/progress/store/ProgressProvider";

/** Says once that saved progress was damaged and discarded. */
export function ProgressNotice() {
  const t = useT();
  const notice = useProgress((state) => state.notice);
  const dismiss = useProgress((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div role="alert" className="notice">
      <p>{t("notice.corrupt")}</p>
      <button type="button" className="btn btn-secondary" onClick={dismiss}>
        {t("common.close")}
      </button>
    </div>
  );
}
