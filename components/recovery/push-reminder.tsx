"use client";

import { useLocale } from "next-intl";
import { useEffect, useState } from "react";
import { pushReminderKey, remindByPush, stopPushReminders } from "@/lib/recovery/push-actions";

export interface PushReminderText {
  title: string;
  hint: string;
  turnOn: string;
  on: string;
  turnOff: string;
  off: string;
  blocked: string;
  failed: string;
  unsupported: string;
}

type Status = "checking" | "unsupported" | "idle" | "working" | "on" | "off" | "blocked" | "failed";

const workerUrl = "/push-sw.js";

const supported = () => typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** The key as bytes: every browser takes a BufferSource, not all take the base64url string. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64url.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function existingSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration(workerUrl);
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** What this browser can do and has done: no push at all, blocked, or subscribed already. */
async function browserState(): Promise<{ status: Status; subscription: PushSubscription | null }> {
  if (!supported()) return { status: "unsupported", subscription: null };
  if (Notification.permission === "denied") return { status: "blocked", subscription: null };
  const subscription = Notification.permission === "granted" ? await existingSubscription().catch(() => null) : null;
  return { status: subscription ? "on" : "idle", subscription };
}

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;

/**
 * "Get a reminder on this device" (E3): web push for a shopper who asks for it, never before. A
 * closed disclosure the server renders at its full height, so nothing moves when it is ready. A
 * browser that subscribed before keeps its reminders for the cart it has now.
 */
export function PushReminder({ text }: { text: PushReminderText }) {
  const locale = useLocale();
  const [status, setStatus] = useState<Status>("checking");

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = await browserState();
      if (cancelled) return;
      setStatus(found.status);
      if (found.subscription) await remindByPush({ locale, timeZone: timeZone(), subscription: found.subscription.toJSON() as never, asked: false }).catch(() => null);
    })();
    return () => {
      cancelled = true;
    };
  }, [locale]);

  const turnOn = async () => {
    setStatus("working");
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setStatus(permission === "denied" ? "blocked" : "idle");
        return;
      }
      const key = await pushReminderKey();
      if (!key) throw new Error("no key");
      const registration = await navigator.serviceWorker.register(workerUrl);
      await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
      const answer = await remindByPush({ locale, timeZone: timeZone(), subscription: subscription.toJSON() as never, asked: true });
      setStatus(answer.status === "on" ? "on" : "failed");
    } catch {
      setStatus("failed");
    }
  };

  const turnOff = async () => {
    setStatus("working");
    try {
      const subscription = await existingSubscription();
      if (subscription) {
        await stopPushReminders({ endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      setStatus("off");
    } catch {
      setStatus("failed");
    }
  };

  const note = { on: text.on, off: text.off, blocked: text.blocked, failed: text.failed, unsupported: text.unsupported }[status as string];
  return (
    <details className="rounded-lg border border-line bg-white p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">{text.title}</summary>
      <div className="mt-2 space-y-3 text-sm">
        {status === "unsupported" ? null : <p>{text.hint}</p>}
        <p role={status === "failed" || status === "blocked" ? "alert" : "status"} className={status === "failed" ? "text-sale" : undefined}>
          {note ?? ""}
        </p>
        {status === "on" ? (
          <button type="button" className="btn-secondary" onClick={turnOff}>
            {text.turnOff}
          </button>
        ) : status === "idle" || status === "off" || status === "failed" || status === "working" ? (
          <button type="button" className="btn-secondary" onClick={turnOn} disabled={status === "working"}>
            {text.turnOn}
          </button>
        ) : null}
      </div>
    </details>
  );
}
