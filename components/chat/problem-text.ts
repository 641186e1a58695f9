"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ChatImageResult, ChatSendResult } from "@/lib/chat/views";
import { maxImageMegabytes } from "./image-rules";

type Failure = Extract<ChatSendResult, { ok: false }> | Extract<ChatImageResult, { ok: false }>;
export type ChatProblem = Pick<Failure, "problem" | "retryAfterSeconds">;

/** The sentence for a problem of the chat's actions or its upload (`image`: "empty" is an empty file), in the shopper's language. */
export function useProblemText(maxLength: number) {
  const t = useTranslations("chat.problems");
  const format = useFormatter();
  return (problem: ChatProblem, field: "message" | "email" | "image"): string => {
    switch (problem.problem) {
      case "empty":
        return field === "image" ? t("imageEmpty") : t("empty");
      case "too_long":
        return t("too_long", { max: maxLength });
      case "email":
        return t("email");
      case "limited":
        return problem.retryAfterSeconds ? t("limited", { seconds: Math.ceil(problem.retryAfterSeconds) }) : t("limitedSoon");
      case "type":
        return t("imageType");
      case "too_large":
        return t("imageTooLarge", { size: format.number(maxImageMegabytes, { style: "unit", unit: "megabyte", unitDisplay: "long" }) });
      case "unreadable":
        return t("imageUnreadable");
      case "unavailable":
        return t("unavailable");
    }
  };
}
