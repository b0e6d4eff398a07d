"use client";

import Link from "next/link";
import { useState } from "react";
import { api } from "@/lib/platform/http/api-client";
import { LOCALE } from "@/lib/platform/i18n/lang";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import { Field } from "@/components/ui/Field";
import type { TResults } from "./ResultsView";

/** Posts the server's score to the leaderboards; asks for a nickname if the player has none. */
export function PostScoreForm(props: {
  attemptId: string;
  setId: string;
  posted: boolean;
  nickname: string | null;
  ranks: TResults["ranks"];
  /** What the quiz counts for on the boards, or why it stays off them. */
  board: TResults["board"];
  score: number;
  onPosted: () => void;
}) {
  const t = useT();
  const { lang } = useLang();
  const [nickname, setNickname] = useState(props.nickname ?? "");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const post = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await api(`/api/attempts/${props.attemptId}/post`, { body: { nickname } });
    setBusy(false);
    if (!result.ok) return setError(result.status === 0 ? t("common.offline") : result.message);
    props.onPosted();
  };

  return (
    <section className="card" aria-labelledby="post-title" style={{ marginBottom: "1rem" }}>
      <h2 id="post-title" style={{ marginTop: 0 }}>
        {t("results.postTitle")}
      </h2>
      {props.board.eligible && props.board.score !== props.score && (
        <p className="muted">{t("results.boardScore", { score: props.board.score.toLocaleString(LOCALE[lang]) })}</p>
      )}
      {!props.posted && !props.board.eligible ? (
        <p role="status">
          {props.board.reason === "too_short"
            ? t("err.boardTooShort", { needed: props.board.needed })
            : t("err.boardTooFast", { count: props.board.tooFast })}
        </p>
      ) : props.posted ? (
        <>
          <p role="status">{t("results.posted", { nickname: props.nickname ?? "" })}</p>
          {props.ranks && (
            <ul>
              {(["all", "week", "day"] as const).map((period) => {
                const rank = props.ranks?.[period];
                const label = t(
                  period === "all" ? "results.rankAll" : period === "week" ? "results.rankWeek" : "results.rankDay",
                );
                return rank ? (
                  <li key={period} data-testid={`rank-${period}`}>
                    {label}: {t("results.rank", { rank: rank.rank, of: rank.of })}
                  </li>
                ) : null;
              })}
            </ul>
          )}
          <Link href={`/leaderboards?set=${props.setId}`} className="btn btn-secondary">
            {t("results.viewLeaderboard")}
          </Link>
        </>
      ) : (
        <form onSubmit={post}>
          <p className="muted">{t("results.postText")}</p>
          <Field
            id="nickname"
            label={t("results.nickname")}
            hint={t("results.nicknameHint")}
            error={error}
            reserveError
            control={(field) => (
              <input
                {...field}
                type="text"
                autoComplete="nickname"
                maxLength={40}
                value={nickname}
                onChange={(event) => setNickname(event.target.value)}
                required
              />
            )}
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t("results.post")}
          </button>
        </form>
      )}
    </section>
  );
}
