"use client";

// The way from a class's page to its report: drop it in anywhere inside the app's LangProvider.
import Link from "next/link";
import { useT } from "@/lib/platform/i18n/LangProvider";

export function classReportPath(groupId: string): string {
  return `/classroom/classes/${groupId}/report`;
}

export function ClassReportLink({ groupId, className = "btn btn-secondary" }: { groupId: string; className?: string }) {
  const t = useT();
  return (
    <Link className={className} href={classReportPath(groupId)}>
      {t("classReport.link")}
    </Link>
  );
}
