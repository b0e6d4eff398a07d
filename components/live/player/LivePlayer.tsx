"use client";

import { ReportButton } from "@/components/reports/ReportButton";
import Link from "next/link";
import { useState } from "react";
import { QuestionView } from "@/components/quiz/QuestionView";
import { useNow } from "@/lib/platform/hooks/useNow";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TLocalized } from "@/questions/schema";
import { Countdown } from "@/components/live/Countdown";
import { PlayerResult } from "./PlayerResult";
import { useLivePlayer, type TAnswerState, type TLivePhase } from "./useLivePlayer";

type TQuestionPhase = Extract<TLivePhase, { name: "question" }>;

/** The open question on the phone: the inputs until answered, then "received"; the countdown throughout. */
function QuestionPanel({
  phase,
  answer,
  submit,
}: {
  phase: TQuestionPhase;
  answer: TAnswerState;
  submit: (value: TAnswerValue | null) => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const now = useNow();
  const [value, setValue] = useState<TAnswerValue | null>(null);
  const { event } = phase;
  const question = event.question;
  const timeUp = !phase.paused && now > 0 && phase.remainingMs - (now - phase.receivedAt) <= 0;
  const canSend = value !== null && !(Array.isArray(value) && value.length === 0) && answer.state !== "sending";
  const oneTap = question.kind === "single" || question.kind === "truefalse";

  let body: React.ReactNode;
  if (answer.state === "received") {
    body = (
      <p className="phone-panel is-waiting" role="status">
        <span className="phone-icon" aria-hidden="true">
          ⋯
        </span>
        {t("live.play.received")}
      </p>
    );
  } else if (answer.state === "late") {
    body = (
      <p className="phone-panel is-late" role="alert">
        {t("live.play.late")}
      </p>
    );
  } else if (phase.paused) {
    body = (
      <p className="phone-panel" role="status">
        {t("live.play.paused")}
      </p>
    );
  } else if (timeUp) {
    body = (
      <p className="phone-panel" role="status">
        {t("live.play.timeUp")}
      </p>
    );
  } else {
    body = (
      <>
        <QuestionView
          headingId="live-question"
          question={question}
          lang={lang}
          value={value}
          onChange={setValue}
          onSubmit={(chosen) => submit(chosen)}
        />
        {!oneTap && (
          <button type="button" className="btn btn-primary btn-large btn-block" disabled={!canSend} onClick={() => submit(value)}>
            {answer.state === "sending" ? t("live.play.sending") : t("live.play.send")}
          </button>
        )}
        {answer.state === "error" && (
          <p className="field-error" role="alert">
            {answer.message}
          </p>
        )}
      </>
    );
  }
  return (
    <section
      className="phone-question"
      data-kind={question.kind}
      aria-label={t("live.host.questionOf", { index: event.index + 1, total: event.game.questionCount })}
    >
      <div className="phone-bar">
        <span>{t("live.host.questionOf", { index: event.index + 1, total: event.game.questionCount })}</span>
        <Countdown remainingMs={phase.remainingMs} receivedAt={phase.receivedAt} paused={phase.paused} />
      </div>
      {body}
    </section>
  );
}

/** A student's phone in a live game: waiting, answering, their result after each question, their place at the end. */
export function LivePlayer({
  gameId,
  setId,
  setTitle,
  nickname,
}: {
  gameId: string;
  setId: string;
  setTitle?: TLocalized | null;
  nickname: string;
}) {
  const t = useT();
  const { lang } = useLang();
  const { me, phase, answer, status, submit, players } = useLivePlayer(gameId, setId);
  const score = phase.name === "result" ? phase.event.result.score : phase.name === "final" ? phase.event.score : undefined;
  return (
    <div className="phone">
      <div className="phone-top">
        <span>{t("live.play.you", { nickname: me?.nickname ?? nickname })}</span>
        {score !== undefined && <span>{t("live.play.score", { score })}</span>}
      </div>
      {status === "lost" && phase.name !== "kicked" && (
        <p className="live-banner" role="status">
          {t("live.play.reconnecting")}
        </p>
      )}
      {phase.name === "waiting" && (
        <div className="phone-panel is-lobby">
          {setTitle && (
            <h1 className="lobby-game" data-testid="lobby-game">
              {setTitle[lang]}
            </h1>
          )}
          <p className="phone-big" role="status">
            {t("live.play.youAreIn")}
          </p>
          {players !== undefined && (
            <p className="lobby-count" data-testid="lobby-count" aria-live="polite">
              {t(players === 1 ? "live.play.playersInOne" : "live.play.playersIn", { count: players })}
            </p>
          )}
          <p>{t("live.play.waitHost")}</p>
        </div>
      )}
      {phase.name === "question" && (
        <QuestionPanel key={phase.event.index} phase={phase} answer={answer} submit={(value) => void submit(value)} />
      )}
      {phase.name === "question" && answer.state === "received" && (
        <ReportButton target={{ mode: "live", questionId: phase.event.question.id, gameId }} />
      )}
      {phase.name === "result" && (
        <>
          <PlayerResult event={phase.event} late={answer.state === "late"} />
          <ReportButton target={{ mode: "live", questionId: phase.event.question.id, gameId }} />
        </>
      )}
      {phase.name === "final" && (
        <div className="phone-panel is-final" role="status">
          <p className="phone-big">{t("live.play.final")}</p>
          <p className="phone-rank">{t("live.play.finalRank", { rank: phase.event.rank, of: phase.event.playerCount })}</p>
          <p>{t("live.play.finalScore", { score: phase.event.score, correct: phase.event.correctCount })}</p>
          <ol className="mini-podium">
            {phase.event.podium.map((standing) => (
              <li key={standing.id}>
                {standing.rank}. {standing.nickname} – {standing.score}
              </li>
            ))}
          </ol>
          <p className="muted">{t("live.play.learnHint")}</p>
          <Link className="btn btn-primary" href="/learn">
            {t("live.play.review")}
          </Link>
        </div>
      )}
      {phase.name === "kicked" && (
        <p className="phone-panel is-late" role="alert">
          {t("live.play.kicked")}
        </p>
      )}
    </div>
  );
}
