"use client";

import { SHAPES } from "@/components/quiz/answers/types";
import { MarkedMap } from "@/components/map/MarkedMap";
import type { THostSnapshot } from "@/lib/games/events";
import type { TLang } from "@/lib/platform/i18n/lang";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { Countdown } from "@/components/live/Countdown";
import { useCountdownSound } from "./useCountdownSound";
import type { THostGame } from "./useHostGame";

/**
 * The projector during a question: the prompt, the options in the phones' colours and shapes (a map question:
 * the map), the countdown and how many have answered.
 */
export function HostQuestion(props: {
  game: THostGame;
  question: NonNullable<THostSnapshot["question"]>;
  paused: boolean;
  lang: TLang;
  sound: boolean;
  children: React.ReactNode;
}) {
  const t = useT();
  const { question, index } = props.question;
  const total = props.game.snapshot?.game.questionCount ?? 0;
  const choice = question.kind === "single" || question.kind === "multi" || question.kind === "truefalse";
  useCountdownSound({
    index,
    remainingMs: props.question.remainingMs,
    receivedAt: props.game.receivedAt,
    paused: props.paused,
    on: props.sound,
  });
  return (
    <section aria-labelledby="host-prompt" className={`host-question is-${question.kind}`}>
      <div className="host-bar">
        <span>{t("live.host.questionOf", { index: index + 1, total })}</span>
        <span className="kind">{t(`kind.${question.kind}`)}</span>
        {props.paused ? (
          <span className="countdown is-paused">{t("live.host.paused")}</span>
        ) : (
          <Countdown remainingMs={props.question.remainingMs} receivedAt={props.game.receivedAt} paused={props.paused} />
        )}
      </div>
      <h1 id="host-prompt" className="projector-prompt">
        {question.prompt[props.lang]}
      </h1>
      <p className="projector-asof">{question.asOfLabel[props.lang]}</p>
      <div className="projector-body">
        {choice && (
          <ul className="answer-grid projector-options">
            {question.options.map((option, i) => (
              <li key={option.id} className={`answer answer-${(i % 6) + 1}`}>
                <span className="shape" aria-hidden="true">
                  {SHAPES[i % SHAPES.length]}
                </span>
                <span>
                  {question.kind === "truefalse" ? t(option.id === "true" ? "quiz.true" : "quiz.false") : option.text[props.lang]}
                </span>
              </li>
            ))}
          </ul>
        )}
        {(question.kind === "ordering" || question.kind === "matching") &&
          // Ordering: the items; matching: the left column above the right one.
          (["left", "right"] as const).map((side) => {
            const items = question.options.filter((option) =>
              question.kind === "ordering" ? side === "left" : (option.side ?? "left") === side,
            );
            return items.length ? (
              <ul key={side} className={`projector-items is-${side}`}>
                {items.map((option) => (
                  <li key={option.id}>{option.text[props.lang]}</li>
                ))}
              </ul>
            ) : null;
          })}
        {question.kind === "numeric" && question.unit && (
          <p className="projector-hint">
            {t("quiz.numericHint")} ({question.unit[props.lang]})
          </p>
        )}
        {question.kind === "map" && (
          <>
            <p className="projector-hint">{t("quiz.mapHint")}</p>
            <div className="projector-map">
              <MarkedMap lang={props.lang} label={t("live.host.mapLabel")} viewKey={question.id} />
            </div>
          </>
        )}
      </div>
      <p className="answered-count" aria-live="polite" data-testid="answered-count">
        {t("live.host.answered", { answered: props.game.answered, players: props.game.players })}
      </p>
      <div className="host-controls" role="group" aria-label={t("live.host.controls")}>
        {props.children}
      </div>
    </section>
  );
}
