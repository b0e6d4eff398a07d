"use client";

// Who is signed in, with signing out here or on every device.
import { useRouter } from "next/navigation";
import { api } from "@/lib/platform/http/api-client";
import { useT } from "@/lib/platform/i18n/LangProvider";
import type { TTeacher } from "@/lib/teachers/types";

export function TeacherBar({ teacher }: { teacher: TTeacher }) {
  const t = useT();
  const router = useRouter();
  const signOut = async (everywhere: boolean) => {
    await api("/api/teacher/sign-out", { body: { everywhere } });
    router.refresh();
  };
  return (
    <div className="teacher-bar">
      <p>{t("teacher.signedInAs", { name: teacher.name, login: teacher.login })}</p>
      <div className="teacher-bar-actions">
        <button type="button" className="btn btn-secondary" onClick={() => void signOut(false)}>
          {t("teacher.signOut")}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => void signOut(true)}>
          {t("teacher.signOutEverywhere")}
        </button>
      </div>
    </div>
  );
}
