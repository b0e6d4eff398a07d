"use client";

import { SolutionDetails, useAnswerText } from "@/components/quiz/SolutionDetails";
import type { THostReveal } from "@/lib/games/events";
import type { TMovedStanding } from "@/lib/games/rules/ranking";
import type { TLang } from "@/lib/platform/i18n/lang";
import { useT } from "@/lib/platform/i18n/LangProvider";
import { MarkedMap } from "@/components/map/MarkedMap";
import { DistributionChart } from "./DistributionChart";

function Movement({ standing }: { standing: TMovedStanding }) {
  const t = useT();
  const places = Math.abs(standing.movement);
  if (standing.movement > 0)
    return (
      <span className="movement is-up">
        ▲ {t(places === 1 ? "live.host.movedUpOne" : "live.host.movedUp", { count: places })}
      </span>
    );
  if (standing.movement < 0)
    return (
      <span className="movement is-down">
        ▼ {t(places === 1 ? "live.host.movedDownOne" : "live.host.movedDown", { count: places })}
      </span>
    );
  return <span className="movement">= {t("live.host.notMoved")}</span>;
}

/** The projector after a question: how the class answered, the right answer with its source, the top 5 and who moved. */
export function HostReveal({
  reveal,
  questionCount,
  lang,
  children,
}: {
  reveal: THostReveal;
  questionCount: number;
  lang: TLang;
  children: React.ReactNode;
}) {
  const t = useT();
  const answerText = useAnswerText(reveal.question, lang);
  const { distribution, solution } = reveal;
  const isMap = reveal.question.kind === "map" && typeof solution.answer === "string";
  return (
    <section aria-labelledby="reveal-prompt" className={`host-reveal${isMap ? " is-map" : ""}`}>
      <div className="host-bar">
        <span>{t("live.host.questionOf", { index: reveal.index + 1, total: questionCount })}</span>
        <span>{t("live.host.answered", { answered: reveal.answered, players: reveal.playerCount })}</span>
      </div>
      <h1 id="reveal-prompt" className="projector-prompt is-small">
        {reveal.question.prompt[lang]}
      </h1>
      <div className="reveal-grid">
        <section className="card" aria-labelledby="distribution-title">
          <h2 id="distribution-title">{t("live.host.distribution")}</h2>
          <DistributionChart
            distribution={distribution}
            question={reveal.question}
            lang={lang}
            graphic={
              isMap ? (
                // The map shows how the class answered: the right country green, the others picked red.
                <div className="projector-map">
                  <MarkedMap
                    lang={lang}
                    label={t("quiz.mapRight", { country: answerText(solution.answer) })}
                    right={solution.answer as string}
                    wrong={
                      distribution.kind === "countries"
                        ? distribution.bars.filter((bar) => !bar.correct).map((bar) => bar.code)
                        : []
                    }
                    viewKey={reveal.question.id}
                  />
                </div>
              ) : undefined
            }
          />
        </section>
        <section className="card reveal-solution" aria-labelledby="solution-title">
          <h2 id="solution-title">{t("quiz.rightAnswer")}</h2>
          <p className="right-answer" data-testid="right-answer">
            {answerText(solution.answer)}
          </p>

          <div className="feedback">
            {/* One source sentence is what the back row can read; the report and the phones show them all. */}
            <SolutionDetails solution={{ ...reveal.solution, sources: reveal.solution.sources.slice(0, 1) }} lang={lang} />
          </div>
        </section>
        <section className="card" aria-labelledby="top-title">
          <h2 id="top-title">{t("live.host.top")}</h2>
          <ol className="top-list" data-testid="top-list">
            {reveal.top.map((standing) => (
              <li key={standing.id}>
                <span className="top-rank">{standing.rank}</span>
                <span className="top-name">{standing.nickname}</span>
                <span className="top-score">{standing.score}</span>
                <Movement standing={standing} />
              </li>
            ))}
          </ol>
        </section>
      </div>
      <div className="host-controls" role="group" aria-label={t("live.host.controls")}>
        {children}
      </div>
    </section>
  );
}
