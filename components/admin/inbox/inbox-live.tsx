"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { markConversationRead } from "@/lib/chat/inbox-actions";
import { isLocale, localeTags } from "@/lib/i18n/locales";
import { playChime, unlockChime } from "./chime";
import { conversationChanged } from "./live-messages";

export interface LiveRow {
  id: string;
  name: string;
  unread: number;
}

const soundKey = "inbox-sound";
const soundChanged = "inbox-sound-change";
const subscribeSound = (notify: () => void) => {
  window.addEventListener("storage", notify);
  window.addEventListener(soundChanged, notify);
  return () => {
    window.removeEventListener("storage", notify);
    window.removeEventListener(soundChanged, notify);
  };
};
/** The choice for this page when the browser keeps no storage (private modes). */
let kept: boolean | null = null;
const soundOn = () => {
  try {
    const stored = window.localStorage.getItem(soundKey);
    return stored === null ? (kept ?? true) : stored !== "off";
  } catch {
    return kept ?? true;
  }
};

/**
 * What keeps the inbox live: the stream's announcements re-render the page (list, counts and the
 * open conversation), the title counts unread messages, a new shopper message chimes when the tab
 * is hidden or another conversation is open, and the open conversation is read while it is seen.
 * Renders the "Sound for new messages" switch and a polite announcement of new messages.
 */
export function InboxLive({ openId, openUnread, unreadTotal, rows }: { openId: string | null; openUnread: number; unreadTotal: number; rows: LiveRow[] }) {
  const t = useTranslations("admin.inbox");
  const locale = useLocale();
  const router = useRouter();
  const sound = useSyncExternalStore(subscribeSound, soundOn, () => true);
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<{ total: number; openId: string | null; openUnread: number; rows: LiveRow[] } | null>(null);

  useEffect(() => {
    const source = new EventSource("/api/admin/inbox/stream");
    let timer: ReturnType<typeof setTimeout> | undefined;
    let opened = false;
    // Several announcements at once (a message and its conversation's update) make one refresh.
    const refreshSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 200);
    };
    // The open conversation's log fetches its new messages at once (LiveMessages); the page refreshes after.
    source.addEventListener("change", (event) => {
      window.dispatchEvent(new CustomEvent(conversationChanged, { detail: (event as MessageEvent<string>).data }));
      refreshSoon();
    });
    source.addEventListener("presence", refreshSoon);
    // Back after a dropped connection: what changed meanwhile was not announced to this page.
    source.addEventListener("open", () => {
      if (opened) refreshSoon();
      opened = true;
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [router]);

  // Browsers play sound only after an interaction with the page.
  useEffect(() => {
    const unlock = () => unlockChime();
    document.addEventListener("pointerdown", unlock, { once: true });
    document.addEventListener("keydown", unlock, { once: true });
    return () => {
      document.removeEventListener("pointerdown", unlock);
      document.removeEventListener("keydown", unlock);
    };
  }, []);

  useEffect(() => {
    const number = new Intl.NumberFormat(localeTags[isLocale(locale) ? locale : "en"]);
    const base = document.title.replace(/^\([^)]*\)\s*/, "");
    document.title = unreadTotal > 0 ? `(${number.format(unreadTotal)}) ${base}` : base;
  }, [unreadTotal, locale]);

  useEffect(() => {
    const before = previous.current;
    previous.current = { total: unreadTotal, openId, openUnread, rows };
    if (!before) return;
    const added = unreadTotal - before.total;
    const addedHere = before.openId === openId ? Math.max(0, openUnread - before.openUnread) : 0;
    if (added <= 0 || (!document.hidden && added <= addedHere)) return;
    if (sound) playChime();
    const grown = rows.find((row) => row.id !== openId && row.unread > (before.rows.find((old) => old.id === row.id)?.unread ?? 0));
    if (grown) setAnnouncement(t("newMessage", { name: grown.name }));
  }, [unreadTotal, openId, openUnread, rows, sound, t]);

  // The open conversation is read while it is on screen: now, and when the tab is shown again.
  useEffect(() => {
    if (!openId || openUnread === 0) return;
    const read = () => {
      if (document.visibilityState === "visible") void markConversationRead(openId).catch(() => {});
    };
    read();
    document.addEventListener("visibilitychange", read);
    return () => document.removeEventListener("visibilitychange", read);
  }, [openId, openUnread]);

  const toggle = () => {
    unlockChime();
    kept = !sound;
    try {
      window.localStorage.setItem(soundKey, kept ? "on" : "off");
    } catch {
      // no storage: `kept` holds the choice for this page
    }
    window.dispatchEvent(new Event(soundChanged));
  };

  return (
    <>
      <button type="button" role="switch" aria-checked={sound} onClick={toggle} className="inline-flex min-h-11 items-center gap-3 rounded-md px-2 font-medium">
        <span aria-hidden="true" className={`relative inline-block h-6 w-11 shrink-0 rounded-full border-2 transition-colors ${sound ? "border-brand bg-brand" : "border-muted bg-white"}`}>
          <span className={`absolute top-0.5 size-4 rounded-full transition-all ${sound ? "end-0.5 bg-white" : "start-0.5 bg-muted"}`} />
        </span>
        {t("sound")}
      </button>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
