"use client";

import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { HostAssignment } from "./HostAssignment";
import { HostJoinPanel, type TJoinInfo } from "./HostJoinPanel";
import { HostPodium } from "./HostPodium";
import { HostQuestion } from "./HostQuestion";
import { HostReveal } from "./HostReveal";
import { PlayerChips } from "./PlayerChips";
import { ProjectorToolbar } from "./ProjectorToolbar";
import { useFullscreen } from "./useFullscreen";
import { useHostGame } from "./useHostGame";
import { useSoundSetting } from "./useSoundSetting";

/**
 * The host's screen for the projector: lobby, question, reveal, podium (or an assignment's overview). A live
 * game's screen is a presentation: without the app's header, with switches for sound and fullscreen.
 */
export function HostConsole({
  gameId,
  join,
  setTitle,
  presentation,
  tools,
}: {
  gameId: string;
  join: TJoinInfo;
  setTitle: string;
  presentation: boolean;
  /** More controls for the screen's toolbar (e.g. handing the game to another device). */
  tools?: React.ReactNode;
}) {
  const t = useT();
  const { lang } = useLang();
  const game = useHostGame(gameId);
  const sound = useSoundSetting();
  const fullscreen = useFullscreen();
  const { snapshot, act, busy } = game;
  const screenClass = presentation ? ` is-presentation${fullscreen.filling ? " is-filling" : ""}` : "";
  const toolbar = presentation ? (
    <ProjectorToolbar sound={sound} fullscreen={fullscreen}>
      {tools}
    </ProjectorToolbar>
  ) : (
    tools && <div className="host-tools">{tools}</div>
  );

  const banner = (
    <>
      {game.status === "lost" && (
        <p className="live-banner" role="status">
          {t("live.host.reconnecting")}
        </p>
      )}
      <p role="alert" className="field-error">
        {game.error ? t("live.host.actionFailed", { message: game.error === "offline" ? t("common.offline") : game.error }) : ""}
      </p>
    </>
  );
  if (!snapshot) {
    return (
      <div className={`projector${screenClass}`}>
        <p role="status">{t("live.host.connecting")}</p>
      </div>
    );
  }

  const { status, locked, mode } = snapshot.game;
  const end = () => window.confirm(t("live.host.endConfirm")) && void act({ action: "end" });
  const lockButton = status !== "ended" && (
    <button
      type="button"
      className="btn btn-secondary"
      aria-pressed={locked}
      disabled={busy}
      onClick={() => void act({ action: locked ? "unlock" : "lock" })}
    >
      {t(locked ? "live.host.unlock" : "live.host.lock")}
    </button>
  );
  const endButton = status !== "ended" && (
    <button type="button" className="btn btn-ghost" disabled={busy} onClick={end}>
      {t("live.host.end")}
    </button>
  );
  const kick = (playerId: string) => void act({ action: "kick", playerId });

  if (mode === "assignment") {
    return (
      <div className="projector host-assignment">
        {toolbar}
        {banner}
        <HostAssignment
          game={game}
          join={join}
          setTitle={setTitle}
          lang={lang}
          onKick={kick}
          controls={[lockButton, endButton]}
        />
      </div>
    );
  }

  return (
    <div className={`projector host-${status}${screenClass}`}>
      {toolbar}
      {banner}
      {status === "lobby" && (
        <section aria-labelledby="lobby-title" className="host-lobby">
          <h1 id="lobby-title" className="projector-title">
            {setTitle}
          </h1>
          <HostJoinPanel join={join} />
          <div className="lobby-players">
            <h2>{t("live.host.players", { count: snapshot.lobby.total })}</h2>
            {locked && <p className="notice-inline">{t("live.host.locked")}</p>}
            <PlayerChips recent={snapshot.lobby.recent} total={snapshot.lobby.total} onKick={kick} disabled={busy} />
          </div>
          <div className="host-controls" role="group" aria-label={t("live.host.controls")}>
            <button
              type="button"
              className="btn btn-primary btn-large"
              disabled={busy || snapshot.lobby.total === 0}
              onClick={() => void act({ action: "start" })}
            >
              {t("live.host.start")}
            </button>
            {lockButton}
            {endButton}
          </div>
        </section>
      )}
      {(status === "question" || status === "paused") && snapshot.question && (
        <HostQuestion game={game} question={snapshot.question} paused={status === "paused"} lang={lang} sound={sound.on}>
          <button
            type="button"
            className="btn btn-primary btn-large"
            disabled={busy}
            onClick={() => void act({ action: "skip" })}
          >
            {t("live.host.skip")}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-large"
            disabled={busy}
            onClick={() => void act({ action: status === "paused" ? "resume" : "pause" })}
          >
            {t(status === "paused" ? "live.host.resume" : "live.host.pause")}
          </button>
          {lockButton}
          {endButton}
        </HostQuestion>
      )}
      {status === "reveal" && snapshot.reveal && (
        <HostReveal reveal={snapshot.reveal} questionCount={snapshot.game.questionCount} lang={lang}>
          <button
            type="button"
            className="btn btn-primary btn-large"
            autoFocus
            disabled={busy}
            onClick={() => void act({ action: "next" })}
          >
            {t(snapshot.reveal.index + 1 >= snapshot.game.questionCount ? "live.host.finish" : "live.host.next")}
          </button>
          {lockButton}
          {endButton}
        </HostReveal>
      )}
      {status === "ended" && <HostPodium gameId={gameId} final={snapshot.final} sound={sound.on} />}
    </div>
  );
}
