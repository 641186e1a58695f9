import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { commentMaxLength, effortScores, exitReasons } from "./reasons";
import { surveySettings } from "./settings";
import type { EffortSurveyText, ExitSurveyText } from "./types";

/** The exit survey for the cart or checkout; null when the merchant turned it off (`store.surveys.exit`). */
export async function exitSurveyText(locale: Locale): Promise<ExitSurveyText | null> {
  if (!surveySettings().exit) return null;
  const t = await getTranslations({ locale, namespace: "surveys" });
  return {
    title: t("exit.title"),
    question: t("exit.question"),
    reasons: exitReasons.map((value) => ({ value, label: t(`exit.reasons.${value}`) })),
    commentLabel: t("exit.commentLabel"),
    commentHint: t("commentHint", { max: commentMaxLength }),
    submit: t("exit.submit"),
    sending: t("sending"),
    close: t("exit.close"),
  };
}

/** The effort question for the order confirmation; null when the merchant turned it off (`store.surveys.effort`). */
export async function effortSurveyText(locale: Locale): Promise<EffortSurveyText | null> {
  if (!surveySettings().effort) return null;
  const t = await getTranslations({ locale, namespace: "surveys" });
  return {
    title: t("effort.title"),
    intro: t("effort.intro", { min: 1, max: 7 }),
    scores: effortScores.map((value) => ({
      value,
      short: t("effort.score", { score: value }),
      label: value === 1 ? t("effort.scoreHard", { score: value }) : value === 7 ? t("effort.scoreEasy", { score: value }) : t("effort.score", { score: value }),
    })),
    ends: { hard: t("effort.hard"), easy: t("effort.easy") },
    commentLabel: t("effort.commentLabel"),
    commentHint: t("commentHint", { max: commentMaxLength }),
    submit: t("effort.submit"),
    sending: t("sending"),
    answered: t("effort.thanks"),
  };
}
