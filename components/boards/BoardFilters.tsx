"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Field } from "@/components/ui/Field";

type TOption = { value: string; label: string };

/**
 * The board's choice lives in the URL (?set=&period=&group=): a plain GET form that also works without
 * JavaScript, and navigates at once when a choice changes.
 */
export function BoardFilters(props: {
  sets: TOption[];
  groups: TOption[];
  set: string;
  period: string;
  group: string;
  showScope: boolean;
}) {
  const t = useT();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const go = (name: string, value: string) => {
    const params = new URLSearchParams(search.toString());
    if (value) params.set(name, value);
    else params.delete(name);
    router.push(`${pathname}?${params.toString()}`);
  };
  return (
    <form method="get" action={pathname} className="card" aria-label={t("boards.filters")} style={{ marginBottom: "1rem" }}>
      <div className="button-row">
        <Field
          id="board-set"
          label={t("boards.set")}
          control={(field) => (
            <select {...field} name="set" defaultValue={props.set} onChange={(event) => go("set", event.target.value)}>
              {props.sets.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        />
        <Field
          id="board-period"
          label={t("boards.period")}
          control={(field) => (
            <select {...field} name="period" defaultValue={props.period} onChange={(event) => go("period", event.target.value)}>
              <option value="all">{t("boards.periodAll")}</option>
              <option value="week">{t("boards.periodWeek")}</option>
              <option value="day">{t("boards.periodDay")}</option>
            </select>
          )}
        />
        {props.showScope && (
          <Field
            id="board-group"
            label={t("boards.scope")}
            control={(field) => (
              <select {...field} name="group" defaultValue={props.group} onChange={(event) => go("group", event.target.value)}>
                <option value="">{t("boards.everyone")}</option>
                {props.groups.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          />
        )}
        <noscript>
          <button type="submit" className="btn btn-secondary">
            OK
          </button>
        </noscript>
      </div>
    </form>
  );
}
