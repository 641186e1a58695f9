"use client";

import { useTranslations } from "next-intl";
import type { ProactiveMoment } from "@/lib/chat/views";

/**
 * The offer of help at a moment of doubt (F4), beside the chat button: a named region, read out
 * politely when it appears (its parent is a live region) and reachable by Tab, never taking focus.
 */
export function HelpOffer({ moment, onAccept, onDecline }: { moment: ProactiveMoment; onAccept: () => void; onDecline: () => void }) {
  const t = useTranslations("chat.offer");
  return (
    <section aria-labelledby="chat-offer-title" className="pointer-events-auto mb-3 w-[min(20rem,calc(100vw-2rem))] rounded-lg border border-line bg-white p-4 text-ink shadow-xl">
      <p id="chat-offer-title" className="font-semibold">
        {t("title")}
      </p>
      <p className="mt-1 text-sm">{t(`moments.${moment}`)}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" onClick={onAccept} className="btn-primary">
          {t("accept")}
        </button>
        <button type="button" onClick={onDecline} className="btn-secondary">
          {t("decline")}
        </button>
      </div>
    </section>
  );
}
