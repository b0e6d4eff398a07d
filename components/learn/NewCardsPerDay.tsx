"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";
import { useProgress } from "@/lib/progress/store/ProgressProvider";
import { NEW_CARDS_PER_DAY } from "@/lib/progress/store/defaults";
import { Field } from "@/components/ui/Field";

/** The daily limit of new facts learn mode introduces (remembered with the progress). */
export function NewCardsPerDay({ onChange }: { onChange?: () => void }) {
  const t = useT();
  const limit = useProgress((state) => state.settings.newCardsPerDay);
  const update = useProgress((state) => state.updateSettings);
  const choices = NEW_CARDS_PER_DAY.includes(limit as (typeof NEW_CARDS_PER_DAY)[number])
    ? NEW_CARDS_PER_DAY
    : [...NEW_CARDS_PER_DAY, limit].sort((a, b) => a - b);
  return (
    <Field
      id="new-per-day"
      className="field-inline"
      label={t("learn.newPerDay")}
      control={(field) => (
        <select
          {...field}
          value={limit}
          onChange={(event) => {
            update({ newCardsPerDay: Number(event.target.value) });
            onChange?.();
          }}
        >
          {choices.map((count) => (
            <option key={count} value={count}>
              {count}
            </option>
          ))}
        </select>
      )}
    />
  );
}
