"use client";

import { useEffect, useRef } from "react";
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
 * One flashcard: the front asks its cue, with the topic and the country (named, on a small map) unless the cue
 * asks for the country, which the back then names; the back states the fact with its source (read from the server when the card is
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
  const statementRef = useRef<HTMLParagraphElement>(null);
  // Once turned, the answer is scrolled above the ratings that stay at the bottom of a phone's screen.
  useEffect(() => {
    if (flipped && back) statementRef.current?.scrollIntoView({ block: "nearest" });
  }, [flipped, back]);

  return (
    // The buttons below turn the card for keyboards and screen readers; a tap anywhere is the touch shortcut.
    <div className={`flashcard${flipped ? " is-flipped" : ""}`} onClick={props.onFlip}>
      <div className="flashcard-front">
        <p className="flashcard-topic">{labels.themesOf(fact)}</p>
        {fact.cueHidesCountry ? (
          // The cue asks for the country: the front must not show it.
          <p className="flashcard-cue flashcard-cue-main">{fact.cue[lang]}</p>
        ) : (
          <>
            <h2 className="flashcard-country">{country}</h2>
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
            <p className="flashcard-cue">{fact.cue[lang]}</p>
          </>
        )}
        <p className="question-asof">{fact.asOfLabel[lang]}</p>
      </div>
      <div id={props.backId} className="flashcard-back" hidden={!flipped}>
        {back ? (
          <>
            {fact.cueHidesCountry && <h2 className="flashcard-country">{country}</h2>}
            <p className="flashcard-statement" ref={statementRef}>
              {back.statement[lang]}
            </p>
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
