import type { ExitReason } from "./reasons";

/** The exit survey's words, already in the shopper's language: the browser loads no messages for a dialog that may never open. */
export interface ExitSurveyText {
  title: string;
  question: string;
  reasons: { value: ExitReason; label: string }[];
  commentLabel: string;
  commentHint: string;
  submit: string;
  sending: string;
  close: string;
}

export interface EffortSurveyText {
  title: string;
  intro: string;
  /** Each score as shown (in the locale's digits) and as a screen reader names it ("1 – very hard"). */
  scores: { value: number; short: string; label: string }[];
  ends: { hard: string; easy: string };
  commentLabel: string;
  commentHint: string;
  submit: string;
  sending: string;
  /** Shown instead of the question once the order has its answer. */
  answered: string;
}
