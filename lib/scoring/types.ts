export type TScoringMode = "speed" | "accuracy";

/** What a player can send for each kind of question. */
export type TAnswerValue = string | number | string[] | Array<[string, string]>;
