"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import type { TSetSummary } from "@/lib/sets/types";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TMessageKey } from "@/lib/platform/i18n/messages";
import { fieldErrors, type TFieldError } from "@/lib/platform/http/errors";
import { MAX_SECONDS, MIN_SECONDS } from "@/lib/games/types";
import { MAX_GAME_QUESTIONS, ZCreateGame, type TCreateGame } from "@/lib/games/schemas";
import { Field } from "@/components/ui/Field";
import { FormMessage } from "@/components/ui/FormMessage";

type TMode = TCreateGame["mode"];

const KNOWN_FIELDS = new Set([
  "live.create.error.questionCount",
  "live.create.error.secondsPerQuestion",
  "live.create.error.deadline",
  "live.create.error.groupId",
]);

/** A week from now at 18:00, as a datetime-local value. */
function defaultDeadline(): string {
  const at = new Date(Date.now() + 7 * 86_400_000);
  at.setHours(18, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The teacher's form: a live game or an assignment from a question set, validated with the API's own schema. */
export function CreateGameForm({
  sets,
  classes,
  initialClassId = "",
}: {
  sets: TSetSummary[];
  /** The signed-in teacher's classes; undefined when nobody is signed in. */
  classes?: Array<{ id: string; name: string }>;
  initialClassId?: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const router = useRouter();
  const id = useId();
  const [mode, setMode] = useState<TMode>("live");
  const [setId, setSetId] = useState(sets.find((set) => set.kind === "all")?.id ?? sets[0]?.id ?? "");
  const [count, setCount] = useState(10);
  const [seconds, setSeconds] = useState(20);
  const [timed, setTimed] = useState(false);
  // Until the teacher chooses, speed counts only where there is a clock: homework without a timer counts
  // right answers, not how fast they came.
  const [chosenScoring, setScoring] = useState<TCreateGame["scoring"]>();
  const scoring = chosenScoring ?? (mode === "assignment" && !timed ? "accuracy" : "speed");
  const [shuffle, setShuffle] = useState(true);
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [classId, setClassId] = useState(initialClassId);
  const [errors, setErrors] = useState<TFieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const available = sets.find((set) => set.id === setId)?.questionCount ?? MAX_GAME_QUESTIONS;
  // The schema's messages are English; the form says the same in the page's language.
  const errorOf = (field: string) => {
    const error = errors.find((candidate) => candidate.field === field);
    if (!error) return undefined;
    const key = `live.create.error.${field}`;
    return KNOWN_FIELDS.has(key) ? t(key as TMessageKey) : error.message;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const input = {
      mode,
      setId,
      questionCount: Math.min(count, available),
      secondsPerQuestion: mode === "live" || timed ? seconds : null,
      scoring,
      shuffle,
      ...(mode === "assignment" ? { deadline: deadline ? new Date(deadline).toISOString() : "" } : {}),
      ...(classId ? { groupId: classId } : {}),
    };
    const parsed = ZCreateGame.safeParse(input);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors([]);
    setBusy(true);
    const created = await api<{ game: { id: string } }>("/api/games", { body: parsed.data });
    setBusy(false);
    if (!created.ok)
      return setFailure(t("live.create.failed", { message: created.status === 0 ? t("common.offline") : created.message }));
    router.push(`/host/${created.data.game.id}`);
  };

  return (
    <form className="card create-game" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("live.create.title")}</h2>
      <fieldset>
        <legend>{t("live.create.mode")}</legend>
        <div className="choice-pills">
          {(["live", "assignment"] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={`${id}-mode`} checked={mode === value} onChange={() => setMode(value)} />
              <span>{t(value === "live" ? "live.create.modeLive" : "live.create.modeAssignment")}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <Field
        id={`${id}-set`}
        label={t("live.create.set")}
        control={(field) => (
          <select {...field} value={setId} onChange={(event) => setSetId(event.target.value)}>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title[lang]} ({t("common.questions", { count: set.questionCount })})
              </option>
            ))}
          </select>
        )}
      />

      <div className="create-grid">
        <Field
          id={`${id}-count`}
          label={t("live.create.count")}
          hint={t("live.create.countHint", { count: Math.min(available, MAX_GAME_QUESTIONS) })}
          error={errorOf("questionCount")}
          alert={false}
          control={(field) => (
            <input
              {...field}
              type="number"
              min={1}
              max={Math.min(available, MAX_GAME_QUESTIONS)}
              value={count}
              onChange={(event) => setCount(Number(event.target.value))}
            />
          )}
        />
        {mode === "assignment" && (
          <Field
            id={`${id}-timed`}
            label={t("live.create.timer")}
            control={(field) => (
              <select {...field} value={timed ? "on" : "off"} onChange={(event) => setTimed(event.target.value === "on")}>
                <option value="off">{t("live.create.noTimer")}</option>
                <option value="on">{t("live.create.withTimer")}</option>
              </select>
            )}
          />
        )}
        {(mode === "live" || timed) && (
          <Field
            id={`${id}-seconds`}
            label={t("live.create.seconds")}
            error={errorOf("secondsPerQuestion")}
            alert={false}
            control={(field) => (
              <input
                {...field}
                type="number"
                min={MIN_SECONDS}
                max={MAX_SECONDS}
                value={seconds}
                onChange={(event) => setSeconds(Number(event.target.value))}
              />
            )}
          />
        )}
        {mode === "assignment" && (
          <Field
            id={`${id}-deadline`}
            label={t("live.create.deadline")}
            error={errorOf("deadline")}
            alert={false}
            control={(field) => (
              <input {...field} type="datetime-local" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
            )}
          />
        )}
      </div>

      <fieldset>
        <legend>{t("live.create.scoring")}</legend>
        <div className="choice-pills">
          {(["speed", "accuracy"] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={`${id}-scoring`} checked={scoring === value} onChange={() => setScoring(value)} />
              <span>{t(value === "speed" ? "live.create.scoringSpeed" : "live.create.scoringAccuracy")}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={shuffle} onChange={(event) => setShuffle(event.target.checked)} />{" "}
        {t("live.create.shuffle")}
      </label>

      {classes ? (
        <Field
          id={`${id}-class`}
          label={t("live.create.class")}
          hint={t("live.create.classHint")}
          error={errorOf("groupId")}
          alert={false}
          control={(field) => (
            <select {...field} value={classId} onChange={(event) => setClassId(event.target.value)}>
              <option value="">{t("live.create.noClass")}</option>
              {classes.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        />
      ) : (
        <p className="hint">{t("live.create.signInForClass")}</p>
      )}

      <FormMessage>{failure}</FormMessage>
      <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
        {t(mode === "live" ? "live.create.submitLive" : "live.create.submitAssignment")}
      </button>
    </form>
  );
}
