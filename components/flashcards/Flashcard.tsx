"use client";

import { WorldMap } from "@/components/map/WorldMap";
import { useWorldMap } from "@/components/map/useWorldMap";
import { useFactLabels } from "@/components/learn/useFactLabels";
import { SourceQuote } from "@/components/quiz/SolutionDetails";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TLearnBack, TLearnCard } from "@/lib/learn/rules/fact-deck";

/** Russia's context facts show Russia and Ukraine on the map. */
const CONTEXT_COUNTRIES = ["RU", "UA"];
const SINGLE_COUNTRY_ZOOM = 2.2;

/**
 * One flashcard: the front names the country (on a small map) and the topic, with a cue question when one does
 * not give the answer away; the back states the fact with its source (read from the server when the card is
 * first turned: `back` is undefined until then, `problem` says why it could not be read). Tapping turns it.
 */
export function Flashcard(props: {
  fact: TLearnCard;
  back: TLearnBack | undefined;
  problem?: string;
  flipped: boolean;
  onFlip: () => void;
  countryNames: Record<string, string>;
  backId: string;
}) {
  const { fact, back, flipped } = props;
  const t = useT();
  const { lang } = useLang();
  const labels = useFactLabels(props.countryNames);
  const map = useWorldMap();
  const highlighted = fact.countries.length ? fact.countries : CONTEXT_COUNTRIES;
  const country = labels.countriesOf(fact);
  // One country: zoomed in around it, so small ones (Belarus, Syria) are clear at a glance.
  const single = highlighted.length === 1 ? map?.countries.find((shape) => shape.code === highlighted[0]) : undefined;

  return (
    // The buttons below turn the card for keyboards and screen readers; a tap anywhere is the touch shortcut.
    <div className={`flashcard${flipped ? " is-flipped" : ""}`} onClick={props.onFlip}>
      <div className="flashcard-front">
        <p className="flashcard-topic">{labels.themesOf(fact)}</p>
        <h2 className="flashcard-country">{country}</h2>
        <p className="question-asof">{fact.asOfLabel[lang]}</p>
        <div className="flashcard-map">
          {map ? (
            <WorldMap
              map={map}
              lang={lang}
              label={t("flash.mapLabel", { country })}
              marks={Object.fromEntries(highlighted.map((code) => [code, "highlighted" as const]))}
              initialView={single ? { zoom: SINGLE_COUNTRY_ZOOM, center: single.center } : undefined}
            />
          ) : (
            <div className="map-wrap" style={{ aspectRatio: "960 / 560" }} />
          )}
        </div>
        {fact.cue && <p className="flashcard-cue">{fact.cue[lang]}</p>}
      </div>
      <div id={props.backId} className="flashcard-back" hidden={!flipped}>
        {back ? (
          <>
            <p className="flashcard-statement">{back.statement[lang]}</p>
            {back.note && (
              <p className="muted">
                <strong>{t("quiz.note")}:</strong> {back.note[lang]}
              </p>
            )}
            <p className="flashcard-source-title">{t("quiz.source")}</p>
            {back.sources.map((source) => (
              <div key={source.quote} className="flashcard-source">
                <SourceQuote source={source} asOf={back.asOf} lang={lang} />
              </div>
            ))}
          </>
        ) : props.problem ? (
          <p className="field-error" role="alert">
            {props.problem}
          </p>
        ) : (
          <p role="status">{t("common.loading")}</p>
        )}
      </div>
    </div>
  );
}
