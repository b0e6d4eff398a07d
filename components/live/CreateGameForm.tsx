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

type TMode = TCreateGame["mode"];

const KNOWN_FIELDS = new Set([
  "live.create.error.questionCount",
  "live.create.error.secondsPerQuestion",
  "live.create.error.deadline",
  "live.create.error.group",
]);

/** A week from now at 18:00, as a datetime-local value. */
function defaultDeadline(): string {
  const at = new Date(Date.now() + 7 * 86_400_000);
  at.setHours(18, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The teacher's form: a live game or an assignment from a question set, validated with the API's own schema. */
export function CreateGameForm({ sets }: { sets: TSetSummary[] }) {
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
  const [groupCode, setGroupCode] = useState("");
  const [groupKey, setGroupKey] = useState("");
  const [errors, setErrors] = useState<TFieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const available = sets.find((set) => set.id === setId)?.questionCount ?? MAX_GAME_QUESTIONS;
  // The schema's messages are English; the form says the same in the page's language.
  const errorOf = (field: string) => {
    const error = errors.find((candidate) => candidate.field === field);
    if (!error) return undefined;
    const key = field.startsWith("group.") ? "live.create.error.group" : `live.create.error.${field}`;
    return KNOWN_FIELDS.has(key) ? t(key as TMessageKey) : error.message;
  };
  const described = (field: string, hint?: string) =>
    [hint, errorOf(field) ? `${id}-${field}-error` : undefined].filter(Boolean).join(" ") || undefined;

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
      ...(groupCode || groupKey ? { group: { code: groupCode, manageKey: groupKey } } : {}),
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

  const fieldError = (field: string) =>
    errorOf(field) ? (
      <span id={`${id}-${field}-error`} className="field-error">
        {errorOf(field)}
      </span>
    ) : null;

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

      <div className="field">
        <label htmlFor={`${id}-set`}>{t("live.create.set")}</label>
        <select id={`${id}-set`} value={setId} onChange={(event) => setSetId(event.target.value)}>
          {sets.map((set) => (
            <option key={set.id} value={set.id}>
              {set.title[lang]} ({t("common.questions", { count: set.questionCount })})
            </option>
          ))}
        </select>
      </div>

      <div className="create-grid">
        <div className="field">
          <label htmlFor={`${id}-count`}>{t("live.create.count")}</label>
          <input
            id={`${id}-count`}
            type="number"
            min={1}
            max={Math.min(available, MAX_GAME_QUESTIONS)}
            value={count}
            onChange={(event) => setCount(Number(event.target.value))}
            aria-describedby={described("questionCount", `${id}-count-hint`)}
            aria-invalid={errorOf("questionCount") ? true : undefined}
          />
          <span id={`${id}-count-hint`} className="hint">
            {t("live.create.countHint", { count: Math.min(available, MAX_GAME_QUESTIONS) })}
          </span>
          {fieldError("questionCount")}
        </div>
        {mode === "assignment" && (
          <div className="field">
            <label htmlFor={`${id}-timed`}>{t("live.create.timer")}</label>
            <select id={`${id}-timed`} value={timed ? "on" : "off"} onChange={(event) => setTimed(event.target.value === "on")}>
              <option value="off">{t("live.create.noTimer")}</option>
              <option value="on">{t("live.create.withTimer")}</option>
            </select>
          </div>
        )}
        {(mode === "live" || timed) && (
          <div className="field">
            <label htmlFor={`${id}-seconds`}>{t("live.create.seconds")}</label>
            <input
              id={`${id}-seconds`}
              type="number"
              min={MIN_SECONDS}
              max={MAX_SECONDS}
              value={seconds}
              onChange={(event) => setSeconds(Number(event.target.value))}
              aria-describedby={described("secondsPerQuestion")}
              aria-invalid={errorOf("secondsPerQuestion") ? true : undefined}
            />
            {fieldError("secondsPerQuestion")}
          </div>
        )}
        {mode === "assignment" && (
          <div className="field">
            <label htmlFor={`${id}-deadline`}>{t("live.create.deadline")}</label>
            <input
              id={`${id}-deadline`}
              type="datetime-local"
              value={deadline}
              onChange={(event) => setDeadline(event.target.value)}
              aria-describedby={described("deadline")}
              aria-invalid={errorOf("deadline") ? true : undefined}
            />
            {fieldError("deadline")}
          </div>
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

      <details className="create-group">
        <summary>{t("live.create.group")}</summary>
        <p className="hint">{t("live.create.groupHint")}</p>
        <div className="create-grid">
          <div className="field">
            <label htmlFor={`${id}-group`}>{t("live.create.groupCode")}</label>
            <input
              id={`${id}-group`}
              type="text"
              value={groupCode}
              onChange={(event) => setGroupCode(event.target.value)}
              aria-describedby={described("group.code")}
              aria-invalid={errorOf("group.code") ? true : undefined}
            />
            {fieldError("group.code")}
          </div>
          <div className="field">
            <label htmlFor={`${id}-key`}>{t("live.create.groupKey")}</label>
            <input
              id={`${id}-key`}
              type="text"
              autoComplete="off"
              value={groupKey}
              onChange={(event) => setGroupKey(event.target.value)}
              aria-describedby={described("group.manageKey")}
              aria-invalid={errorOf("group.manageKey") ? true : undefined}
            />
            {fieldError("group.manageKey")}
          </div>
        </div>
      </details>

      <p role="alert" className="field-error">
        {failure}
      </p>
      <button type="submit" className="btn btn-primary btn-large" disabled={busy}>
        {t(mode === "live" ? "live.create.submitLive" : "live.create.submitAssignment")}
      </button>
    </form>
  );
}
