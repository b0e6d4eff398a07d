"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TGroup } from "@/lib/classes/types";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { useProgress } from "@/lib/progress/store/ProgressProvider";
import type { TSettings } from "@/lib/progress/store/schema";
import { Field } from "@/components/ui/Field";
import { NeedsConnection } from "@/components/shell/NeedsConnection";

const TIMERS = [null, 10, 20, 30, 60] as const;

/** Quiz settings (length, optional timer; remembered) and the buttons to start, continue, learn or flip cards. */
export function StartQuizPanel({ setId, questionCount }: { setId: string; questionCount: number }) {
  const t = useT();
  const settings = useProgress((state) => state.settings);
  const update = useProgress((state) => state.updateSettings);
  const active = useProgress((state) => state.activeAttempts[setId]);
  // Members of a class may play for it: the class's scoring then applies and the score counts there.
  const [groups, setGroups] = useState<TGroup[]>([]);
  const [groupId, setGroupId] = useState("");
  // Write mode (as Quizlet's Write): names and countries typed instead of picked; chosen per quiz.
  const [write, setWrite] = useState(false);
  useEffect(() => {
    let live = true;
    void api<{ groups: TGroup[] }>("/api/me").then((result) => live && result.ok && setGroups(result.data.groups));
    return () => {
      live = false;
    };
  }, []);
  const lengths: Array<TSettings["quizLength"]> = [10, 20, "all"].filter(
    (length) => length === "all" || (length as number) < questionCount,
  ) as Array<TSettings["quizLength"]>;

  return (
    <section className="card" aria-labelledby="start-title">
      <h2 id="start-title" style={{ marginTop: 0 }}>
        {t("set.options")}
      </h2>
      <NeedsConnection />
      <fieldset>
        <legend>{t("set.length")}</legend>
        <div className="choice-pills">
          {lengths.map((length) => (
            <label key={String(length)}>
              <input
                type="radio"
                name="quiz-length"
                checked={settings.quizLength === length || (lengths.length === 1 && length === "all")}
                onChange={() => update({ quizLength: length })}
              />
              <span>{length === "all" ? t("set.lengthAll", { count: questionCount }) : length}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("set.timer")}</legend>
        <div className="choice-pills">
          {TIMERS.map((seconds) => (
            <label key={String(seconds)}>
              <input
                type="radio"
                name="quiz-timer"
                checked={settings.timerSeconds === seconds}
                onChange={() => update({ timerSeconds: seconds })}
              />
              <span>{seconds === null ? t("set.timerOff") : t("set.timerSeconds", { seconds })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("set.mode")}</legend>
        <div className="choice-pills">
          {[false, true].map((typed) => (
            <label key={String(typed)}>
              <input type="radio" name="quiz-mode" checked={write === typed} onChange={() => setWrite(typed)} />
              <span>{typed ? t("set.modeWrite") : t("set.modeChoice")}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {groups.length > 0 && (
        <Field
          id="play-for"
          label={t("groups.playFor")}
          control={(field) => (
            <select {...field} value={groupId} onChange={(event) => setGroupId(event.target.value)}>
              <option value="">{t("boards.everyone")}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        />
      )}
      <div className="button-row">
        {active && (
          <Link href={`/sets/${setId}/quiz`} className="btn btn-secondary btn-large">
            {t("set.continue")}
          </Link>
        )}
        <Link
          href={`/sets/${setId}/quiz?new=1${groupId ? `&group=${groupId}` : ""}${write ? "&mode=write" : ""}`}
          className="btn btn-primary btn-large"
        >
          {t("set.start")}
        </Link>
        <Link href={`/sets/${setId}/learn`} className="btn btn-secondary">
          {t("set.learn")}
        </Link>
        <Link href={`/sets/${setId}/flashcards`} className="btn btn-secondary">
          {t("set.flashcards")}
        </Link>
        <Link href={`/leaderboards?set=${setId}`} className="btn btn-ghost">
          {t("set.leaderboard")}
        </Link>
      </div>
    </section>
  );
}
