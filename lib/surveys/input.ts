import { z } from "zod";
import { commentMaxLength, effortScores, exitReasons, isExitSurveyPage, type ExitReason, type ExitSurveyPage } from "./reasons";

/**
 * Control characters a comment never needs: C0/C1 controls other than tab and line feed, and the
 * bidi embedding/override/isolate controls, which can make a comment read differently in the admin
 * than it was typed. Zero-width (non-)joiners and the LRM/RLM marks stay: Persian and Arabic need them.
 */
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Past this many characters a comment is refused without being cleaned first: no work for a flood. */
const rawLimit = commentMaxLength * 8;

export type CommentCheck = { ok: true; comment: string | null; cleaned: boolean } | { ok: false; problem: "too_long"; length: number };

/** A comment as stored: line breaks as \n, controls stripped, blank lines and spaces at the ends trimmed; null when empty. */
export function cleanComment(raw: unknown): CommentCheck {
  const text = typeof raw === "string" ? raw : "";
  if (text.length > rawLimit) return { ok: false, problem: "too_long", length: text.length };
  const normalized = text.replace(/\r\n?/g, "\n");
  const stripped = normalized.replace(controls, "");
  const comment = stripped.normalize("NFC").trim();
  const length = [...comment].length;
  if (length > commentMaxLength) return { ok: false, problem: "too_long", length };
  return { ok: true, comment: comment || null, cleaned: stripped !== normalized };
}

export type SurveyField = "reason" | "score" | "comment" | "page";
export type SurveyProblem =
  | { field: "reason"; code: "choose_reason" }
  | { field: "score"; code: "choose_score" }
  | { field: "comment"; code: "too_long"; length: number }
  | { field: "page"; code: "unknown_page" };

export type Checked<T> = { ok: true; value: T; cleaned: boolean } | { ok: false; problems: SurveyProblem[] };

const reasonSchema = z.enum(exitReasons);
const scoreSchema = z.coerce
  .number()
  .int()
  .min(effortScores[0])
  .max(effortScores[effortScores.length - 1]!);

export interface ExitAnswerInput {
  reason: ExitReason;
  page: ExitSurveyPage;
  comment: string | null;
}

/** The exit survey's answer as the form sent it (strings, or anything a forged request sends). */
export function checkExitAnswer(input: { reason: unknown; page: unknown; comment: unknown }): Checked<ExitAnswerInput> {
  const problems: SurveyProblem[] = [];
  const reason = reasonSchema.safeParse(input.reason);
  if (!reason.success) problems.push({ field: "reason", code: "choose_reason" });
  if (!isExitSurveyPage(input.page)) problems.push({ field: "page", code: "unknown_page" });
  const comment = cleanComment(input.comment);
  if (!comment.ok) problems.push({ field: "comment", code: "too_long", length: comment.length });
  if (problems.length || !reason.success || !comment.ok) return { ok: false, problems };
  return { ok: true, value: { reason: reason.data, page: input.page as ExitSurveyPage, comment: comment.comment }, cleaned: comment.cleaned };
}

export interface EffortAnswerInput {
  score: number;
  comment: string | null;
}

/** The effort question's answer: a whole score 1–7 and an optional comment. */
export function checkEffortAnswer(input: { score: unknown; comment: unknown }): Checked<EffortAnswerInput> {
  const problems: SurveyProblem[] = [];
  const raw = typeof input.score === "string" ? input.score.trim() : input.score;
  const score = raw === "" || raw === null || raw === undefined ? null : scoreSchema.safeParse(raw);
  if (!score?.success) problems.push({ field: "score", code: "choose_score" });
  const comment = cleanComment(input.comment);
  if (!comment.ok) problems.push({ field: "comment", code: "too_long", length: comment.length });
  if (problems.length || !score?.success || !comment.ok) return { ok: false, problems };
  return { ok: true, value: { score: score.data, comment: comment.comment }, cleaned: comment.cleaned };
}
