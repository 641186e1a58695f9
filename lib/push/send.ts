import "server-only";
import webpush from "web-push";
import type { Executor } from "@/db/client";
import { expirePushSubscription } from "./subscriptions";
import type { VapidDetails } from "./vapid";

/** What public/push-sw.js shows. `lang` and `dir` are the reminder's language and direction. */
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag: string;
  lang?: string;
  dir?: "ltr" | "rtl";
}

export interface PushTarget {
  id: number;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export type PushResult = { ok: true; status: number } | { ok: false; gone: boolean; status: number | null; error: string };

/** A reminder still undelivered after a day is stale: the push service may drop it. */
const ttlSeconds = 24 * 3600;

/** The encrypted, VAPID-signed request for one push (RFC 8291 aes128gcm, RFC 8292). */
export function pushRequest(subscription: Omit<PushTarget, "id">, payload: PushPayload, vapid: VapidDetails) {
  const { endpoint, p256dh, auth } = subscription;
  const { publicKey, privateKey, subject } = vapid;
  return webpush.generateRequestDetails({ endpoint, keys: { p256dh, auth } }, JSON.stringify(payload), {
    vapidDetails: { subject, publicKey, privateKey },
    TTL: ttlSeconds,
    urgency: "normal",
  });
}

/**
 * Sends one push. The request goes out with fetch rather than webpush.sendNotification(), which
 * always uses https.request (tests answer on a local http server). A 404 or 410 means the browser
 * unsubscribed: the subscription is expired.
 */
export async function sendPush(
  db: Executor,
  subscription: PushTarget,
  payload: PushPayload,
  { vapid, timeoutMs = 10_000 }: { vapid: VapidDetails; timeoutMs?: number },
): Promise<PushResult> {
  let response: Response;
  try {
    const request = pushRequest(subscription, payload, vapid);
    // fetch sets Content-Length itself; TTL is a number.
    const headers = Object.entries(request.headers)
      .filter(([name]) => name.toLowerCase() !== "content-length")
      .map(([name, value]): [string, string] => [name, String(value)]);
    response = await fetch(request.endpoint, {
      method: request.method,
      headers,
      body: new Uint8Array(request.body),
      // The endpoint comes from a browser: do not follow it elsewhere.
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { ok: false, gone: false, status: null, error: error instanceof Error ? error.message : String(error) };
  }
  const text = await response.text().catch(() => "");
  if (response.ok) return { ok: true, status: response.status };
  const gone = response.status === 404 || response.status === 410;
  if (gone) await expirePushSubscription(db, subscription.id, new Date());
  return { ok: false, gone, status: response.status, error: `${response.status} ${response.statusText} ${text.slice(0, 200)}`.trim() };
}
