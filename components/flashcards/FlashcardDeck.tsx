"use client";

import { ReportButton } from "@/components/reports/ReportButton";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Grade } from "ts-fsrs";
import { RatingButtons, useRatingKeys } from "@/components/learn/RatingButtons";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TLearnBack, TLearnCard } from "@/lib/learn/rules/fact-deck";
import { loadLearnBack } from "@/components/learn/learn-backs";
import { flashcardOrder } from "@/lib/learn/rules/flashcard-order";
import { formatInterval } from "@/lib/learn/rules/rating";
import { useProgress, useProgressStore } from "@/lib/progress/store/ProgressProvider";
import { Flashcard } from "./Flashcard";

type TDeckProps = { facts: TLearnCard[]; countryNames: Record<string, string>; setId: string };

/** Flashcards: wait for the saved progress (it decides the order), then show the deck. */
export function FlashcardDeck(props: TDeckProps) {
  const t = useT();
  const hydrated = useProgress((state) => state.hydrated);
  if (!hydrated) return <p role="status">{t("common.loading")}</p>;
  return <FlashcardRun {...props} />;
}

const KEEP_NATIVE = ["BUTTON", "A", "INPUT", "SELECT", "TEXTAREA", "SUMMARY"];

/**
 * The set's facts as cards, due ones first. Space (or a tap) turns a card, 1–4 rate it once turned (scheduled
 * by ts-fsrs like a learn review), the arrow keys move back and forth without rating.
 */
function FlashcardRun({ facts, countryNames, setId }: TDeckProps) {
  const t = useT();
  const { lang } = useLang();
  const store = useProgressStore();
  const cards = useProgress((state) => state.cards);
  const factsById = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts]);
  const [clock, setClock] = useState(() => Date.now());
  const [order, setOrder] = useState(() => flashcardOrder(facts, store.getState().cards, new Date(clock)));
  const [index, setIndex] = useState(0);
  const [flipped, setFlipped] = useState(false);
  const [ratings, setRatings] = useState<Record<string, { grade: Grade; due: string; at: number }>>({});
  // Backs of the cards turned so far (read when a card is first turned), and why one could not be read.
  const [backs, setBacks] = useState<Record<string, TLearnBack>>({});
  const [problem, setProblem] = useState<{ factId: string; message: string } | null>(null);
  const cardRef = useRef<HTMLElement>(null);

  const factId = order[index];
  const fact = factId ? factsById.get(factId) : undefined;
  const rated = factId ? ratings[factId] : undefined;

  const go = useCallback(
    (to: number) => {
      setIndex(Math.max(0, Math.min(order.length, to)));
      setFlipped(false);
      setClock(Date.now());
      requestAnimationFrame(() => cardRef.current?.focus());
    },
    [order.length],
  );
  const flip = useCallback(() => {
    setFlipped((current) => !current);
    setClock(Date.now());
    if (!factId || backs[factId]) return;
    setProblem(null);
    void loadLearnBack(factId).then((read) => {
      if (read.ok) setBacks((current) => ({ ...current, [factId]: read.data }));
      else setProblem({ factId, message: read.code === "offline" ? t("common.offline") : read.message });
    });
  }, [factId, backs, t]);
  const rate = useCallback(
    (grade: Grade) => {
      if (!factId || !flipped || rated) return;
      const at = new Date();
      store.getState().reviewFact(factId, grade, at, "flashcards");
      setRatings((current) => ({ ...current, [factId]: { grade, due: store.getState().cards[factId]!.due, at: at.getTime() } }));
      go(index + 1);
    },
    [factId, flipped, rated, store, go, index],
  );
  useRatingKeys(Boolean(fact) && flipped && !rated, rate);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target && KEEP_NATIVE.includes(target.tagName)) return; // Space and arrows keep their own meaning there
      if (event.key === " " && fact) {
        event.preventDefault();
        flip();
      } else if (event.key === "ArrowRight") {
        event.preventDefault();
        go(index + 1);
      } else if (event.key === "ArrowLeft") {
        event.preventDefault();
        go(index - 1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [fact, flip, go, index]);

  const previous = index > 0 ? ratings[order[index - 1]!] : undefined;
  const ratedCount = Object.keys(ratings).length;

  if (!fact) {
    return (
      <section className="card learn-done" aria-labelledby="flash-done" ref={cardRef} tabIndex={-1}>
        <h2 id="flash-done">{t("flash.doneTitle")}</h2>
        <p>{t("flash.doneText", { rated: ratedCount, total: order.length })}</p>
        <div className="button-row">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setOrder(flashcardOrder(facts, store.getState().cards, new Date()));
              setRatings({});
              go(0);
            }}
          >
            {t("flash.again")}
          </button>
          <Link href={`/sets/${setId}/learn`} className="btn btn-secondary">
            {t("set.learn")}
          </Link>
          <Link href={`/sets/${setId}`} className="btn btn-ghost">
            {t("flash.backToSet")}
          </Link>
        </div>
      </section>
    );
  }

  return (
    <div className="flashcards">
      <div className="learn-top">
        <span>{t("flash.position", { index: index + 1, total: order.length })}</span>
        <span>{t("flash.rated", { count: ratedCount })}</span>
      </div>
      <div
        className="progressbar"
        role="progressbar"
        aria-label={t("flash.position", { index: index + 1, total: order.length })}
        aria-valuemin={1}
        aria-valuemax={order.length}
        aria-valuenow={index + 1}
      >
        <span style={{ width: `${((index + 1) / order.length) * 100}%` }} />
      </div>
      <p className="learn-last" role="status">
        {previous ? t("flash.lastRated", { when: formatInterval(Date.parse(previous.due) - previous.at, LOCALE[lang]) }) : ""}
      </p>

      <section
        ref={cardRef}
        tabIndex={-1}
        className="flashcard-slot"
        aria-label={t("flash.position", { index: index + 1, total: order.length })}
      >
        <Flashcard
          key={fact.id}
          fact={fact}
          back={backs[fact.id]}
          problem={problem?.factId === fact.id ? problem.message : undefined}
          flipped={flipped}
          onFlip={flip}
          countryNames={countryNames}
          backId="flashcard-back"
        />
      </section>

      <div className="flashcard-controls">
        <button
          type="button"
          className="btn btn-secondary"
          aria-keyshortcuts="ArrowLeft"
          disabled={index === 0}
          onClick={() => go(index - 1)}
        >
          ← {t("flash.previous")}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          aria-keyshortcuts="Space"
          aria-expanded={flipped}
          aria-controls="flashcard-back"
          onClick={flip}
        >
          {t("flash.flip")}
        </button>
        <button type="button" className="btn btn-secondary" aria-keyshortcuts="ArrowRight" onClick={() => go(index + 1)}>
          {t("flash.next")} →
        </button>
      </div>
      {flipped && backs[fact.id] && !rated && <RatingButtons card={cards[fact.id]} now={clock} onRate={rate} />}
      {rated && <p className="muted">{t("flash.alreadyRated")}</p>}
      {fact.questions[0] && (
        // A card states the fact as its first question explains it: that question is the one reported.
        <ReportButton target={{ mode: "flashcards", questionId: fact.questions[0].id }} />
      )}
      <p className="hint">{t("flash.keysHint")}</p>
    </div>
  );
}
