"use client";

import { SolutionDetails, useAnswerText } from "@/components/quiz/SolutionDetails";
import { MarkedMap } from "@/components/map/MarkedMap";
import type { TResultEvent } from "@/lib/games/events";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";

/** After a question, on the phone: right or wrong, the points, the streak and the rank; the answer and why. */
export function PlayerResult({ event, late }: { event: TResultEvent; late: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const answerText = useAnswerText(event.question, lang);
  const { result } = event;
  const verdict = !result.answered ? "none" : result.correct ? "right" : result.closeness > 0 ? "partly" : "wrong";
  const title = {
    right: "live.play.correct",
    partly: "live.play.partly",
    wrong: "live.play.wrong",
    none: "live.play.noAnswer",
  } as const;
  const moved = result.previousRank - result.rank;
  return (
    <section className={`phone-result is-${verdict}`} aria-labelledby="result-title">
      <div className="result-banner">
        <h1 id="result-title" className="phone-big" tabIndex={-1}>
          <span aria-hidden="true">{verdict === "right" ? "✓ " : verdict === "partly" ? "½ " : "✗ "}</span>
          {t(title[verdict])}
        </h1>
        <p className="result-points">
          {t("live.play.points", { points: result.points })}
          {result.bonus > 0 && <span> · {t("live.play.bonus", { bonus: result.bonus })}</span>}
        </p>
      </div>
      {late && (
        <p className="phone-panel is-late" role="alert">
          {t("live.play.late")}
        </p>
      )}
      <ul className="result-facts">
        <li data-testid="my-rank">
          {t("live.play.rank", { rank: result.rank, of: result.playerCount })}
          {moved !== 0 && (
            <span className={`movement ${moved > 0 ? "is-up" : "is-down"}`}> {moved > 0 ? `▲ ${moved}` : `▼ ${-moved}`}</span>
          )}
        </li>
        <li>{t("live.play.score", { score: result.score })}</li>
        {result.streak > 1 && <li>{t("live.play.streak", { streak: result.streak })}</li>}
      </ul>
      <div className="feedback">
        {result.answered && !result.correct && (
          <p>
            <strong>{t("quiz.yourAnswer")}:</strong> {answerText(result.given)}
          </p>
        )}
        <p>
          <strong>{t("quiz.rightAnswer")}:</strong> {answerText(result.solution.answer)}
        </p>
        {event.question.kind === "map" && typeof result.solution.answer === "string" && (
          <div className="phone-map">
            <MarkedMap
              lang={lang}
              label={t("quiz.mapRight", { country: answerText(result.solution.answer) })}
              right={result.solution.answer}
              wrong={typeof result.given === "string" && !result.correct ? [result.given] : []}
              viewKey={event.question.id}
            />
          </div>
        )}
        <SolutionDetails solution={result.solution} lang={lang} />
      </div>
      <p className="muted" role="status">
        {t("live.play.waitNext")}
      </p>
    </section>
  );
}
