import type { TLang } from "@/lib/platform/i18n/lang";
import type { TAnswerValue } from "@/lib/scoring/types";
import type { TPlayableQuestion } from "@/questions/present";
import type { TQuestion } from "@/questions/types";

/** What every answer input gets: the question, the current value, and (after answering) the right answer. */
export type TAnswerInputProps = {
  question: TPlayableQuestion;
  lang: TLang;
  value: TAnswerValue | null;
  onChange: (value: TAnswerValue | null) => void;
  /** Submit now (single choice and true/false submit on click). */
  onSubmit: (value: TAnswerValue | null) => void;
  /** Set once answered: inputs lock and show what was right. */
  solution?: TQuestion["answer"];
};

export const SHAPES = ["▲", "◆", "●", "■", "★", "⬟", "▼", "✚", "⬢"];
