"use client";

import { useT } from "@/lib/platform/i18n/LangProvider";

const line = { fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round" } as const;

/** A loudspeaker, with waves when on and a cross when off. */
function SoundIcon({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="1.3em" height="1.3em" aria-hidden="true">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      {on ? (
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" {...line} />
      ) : (
        <path d="M16 9.5l5 5M21 9.5l-5 5" {...line} />
      )}
    </svg>
  );
}

/** Four corners: outwards to enter fullscreen, inwards to leave it. */
function FullscreenIcon({ active }: { active: boolean }) {
  const d = active ? "M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" : "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5";
  return (
    <svg viewBox="0 0 24 24" width="1.3em" height="1.3em" aria-hidden="true">
      <path d={d} {...line} />
    </svg>
  );
}

/** The projector's own switches, small in a corner: sound (off by default) and fullscreen. */
export function ProjectorToolbar(props: {
  sound: { on: boolean; toggle: () => void };
  fullscreen: { active: boolean; filling: boolean; toggle: () => void };
  children?: React.ReactNode;
}) {
  const t = useT();
  const { sound, fullscreen } = props;
  return (
    <div className="projector-toolbar" role="group" aria-label={t("live.host.screen")}>
      <button type="button" className="btn btn-ghost" aria-pressed={sound.on} onClick={sound.toggle}>
        <SoundIcon on={sound.on} /> {t("live.host.sound")}
      </button>
      <button type="button" className="btn btn-ghost" aria-pressed={fullscreen.active} onClick={fullscreen.toggle}>
        <FullscreenIcon active={fullscreen.active} /> {t(fullscreen.active ? "live.host.fullscreenExit" : "live.host.fullscreen")}
      </button>
      {props.children}
      {fullscreen.filling && (
        <p className="projector-toolbar-hint" role="status">
          {t("live.host.fullscreenFallback")}
        </p>
      )}
    </div>
  );
}
