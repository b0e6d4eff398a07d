"use client";

// The review page's list: each reported (or retired) question as the student saw it, with its key, sources,
// facts and reports, and what the reviewer can do: dismiss the reports, retire the question with a reason, restore.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SolutionDetails, useAnswerText } from "@/components/quiz/SolutionDetails";
import { FormMessage } from "@/components/ui/FormMessage";
import { api } from "@/lib/platform/http/api-client";
import { useLang, useT } from "@/lib/platform/i18n/LangProvider";
import type { TReviewAction } from "@/lib/reports/schemas";
import type { TReviewItem } from "@/lib/reports/types";
import type { TPlayableQuestion, TQuestionSolution } from "@/questions/present";
import { formatDate } from "@/questions/text";

export function ReviewQueue({ queue }: { queue: { open: TReviewItem[]; retired: TReviewItem[] } }) {
  const t = useT();
  const router = useRouter();
  return (
    <>
      <div className="review-bar">
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => void api("/api/review/session", { method: "DELETE" }).then(() => router.refresh())}
        >
          {t("review.signOut")}
        </button>
      </div>
      <h2>{t("review.open", { count: queue.open.length })}</h2>
      {queue.open.length === 0 && <p className="muted">{t("review.none")}</p>}
      <ol className="review-items">
        {queue.open.map((item) => (
          <ReviewItem key={item.questionId} item={item} />
        ))}
      </ol>
      {queue.retired.length > 0 && (
        <>
          <h2>{t("review.retiredList", { count: queue.retired.length })}</h2>
          <ol className="review-items">
            {queue.retired.map((item) => (
              <ReviewItem key={item.questionId} item={item} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function ReviewItem({ item }: { item: TReviewItem }) {
  const t = useT();
  const { lang } = useLang();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const headingId = `review-${item.questionId}`;

  async function act(action: TReviewAction) {
    const result = await api(`/api/review/questions/${item.questionId}`, { body: action });
    setMessage(result.ok ? { ok: true, text: t(`review.done.${action.action}`) } : { ok: false, text: result.message });
    if (result.ok) router.refresh();
  }

  return (
    <li className="card review-item" aria-labelledby={headingId}>
      <p className="review-meta">
        <code>{item.questionId}</code>
        {item.openReports > 0 && <span className="review-count">{t("review.reportsCount", { count: item.openReports })}</span>}
      </p>
      <h3 id={headingId}>{item.question?.prompt[lang] ?? item.questionId}</h3>
      {item.question && item.solution && <QuestionAsSeen question={item.question} solution={item.solution} />}
      {item.factIds.length > 0 && (
        <p>
          <strong>{t("review.facts")}:</strong>{" "}
          {item.factIds.map((id) => (
            <code key={id}>{id} </code>
          ))}
        </p>
      )}
      {item.retirement && (
        <p className="review-retired">
          {t("review.retiredBecause", {
            date: formatDate(item.retirement.retiredAt.slice(0, 10), lang),
            reason: item.retirement.reason,
          })}
        </p>
      )}
      <h4>{t("review.reports")}</h4>
      <ul className="review-reports">
        {item.reports.map((report) => (
          <li key={report.id}>
            <span>
              {t("review.reportLine", {
                reason: t(`report.reason.${report.reason}`),
                mode: report.mode,
                times: report.count,
                date: formatDate(report.updatedAt.slice(0, 10), lang),
              })}{" "}
              · {t(`review.status.${report.status}`)}
            </span>
            {report.comment && <blockquote className="review-comment">{report.comment}</blockquote>}
          </li>
        ))}
      </ul>
      <p className="hint">{t("review.fixHint")}</p>
      <div className="review-actions">
        {item.retirement ? (
          <button type="button" className="btn btn-secondary" onClick={() => void act({ action: "restore" })}>
            {t("review.restore")}
          </button>
        ) : (
          <>
            {item.openReports > 0 && (
              <button type="button" className="btn btn-secondary" onClick={() => void act({ action: "dismiss" })}>
                {t("review.dismiss")}
              </button>
            )}
            <form
              className="review-retire"
              onSubmit={(event) => {
                event.preventDefault();
                void act({ action: "retire", reason });
              }}
            >
              <label htmlFor={`${headingId}-reason`}>{t("review.retireReason")}</label>
              <input
                id={`${headingId}-reason`}
                value={reason}
                required
                minLength={3}
                maxLength={500}
                onChange={(event) => setReason(event.target.value)}
              />
              <button type="submit" className="btn btn-primary" disabled={reason.trim().length < 3}>
                {t("review.retire")}
              </button>
            </form>
          </>
        )}
      </div>
      <FormMessage ok={message?.ok}>{message?.text}</FormMessage>
    </li>
  );
}

/** The prompt's date, the options in the bank's order with the key marked, and the why with its sources. */
function QuestionAsSeen({ question, solution }: { question: TPlayableQuestion; solution: TQuestionSolution }) {
  const t = useT();
  const { lang } = useLang();
  const answerText = useAnswerText(question, lang);
  return (
    <>
      <p className="question-asof">{question.asOfLabel[lang]}</p>
      {question.options.length > 0 && (
        <>
          <h4>{t("review.options")}</h4>
          <ul className="review-options">
            {question.options.map((option) => (
              <li key={option.id}>{option.text[lang]}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>{t("review.key")}:</strong> {answerText(solution.answer)}
      </p>
      <SolutionDetails solution={solution} lang={lang} />
    </>
  );
}
