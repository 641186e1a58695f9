import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";

/** base64url of `chars` characters unpadded (padding tolerated and dropped). */
const base64url = (chars: number, message: string) =>
  z
    .string({ error: message })
    .regex(new RegExp(`^[A-Za-z0-9_-]{${chars}}={0,${(4 - (chars % 4)) % 4}}$`), message)
    .transform((value) => value.replace(/=+$/, ""));

const p256dhMessage = "must be a base64url P-256 public key (65 bytes, uncompressed)";

/**
 * The push services of the browsers (Chrome and Android: FCM; Firefox: Mozilla autopush; Safari:
 * Apple; Edge: Windows Notification Service). The store posts to whatever endpoint a browser gave,
 * so only these hosts are accepted: an endpoint cannot point the server at an internal address.
 */
export const pushServiceHosts = ["fcm.googleapis.com", "android.googleapis.com", "push.services.mozilla.com", "push.apple.com", "notify.windows.com"];

const isPushService = (endpoint: string) => {
  // Not a URL at all: the url check has said so already.
  if (!URL.canParse(endpoint)) return true;
  const host = new URL(endpoint).hostname;
  return pushServiceHosts.some((service) => host === service || host.endsWith(`.${service}`));
};

/** The browser's PushSubscription.toJSON(). */
export const pushSubscriptionInput = z.object({
  endpoint: z
    .url({ protocol: /^https$/, error: "must be an https URL" })
    .max(2000, "must be at most 2000 characters")
    .refine(isPushService, "must be a browser push service (FCM, Mozilla, Apple or Windows)"),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    // 65 bytes → 87 characters; an uncompressed point starts with 0x04.
    p256dh: base64url(87, p256dhMessage).refine((value) => Buffer.from(value, "base64url")[0] === 4, p256dhMessage),
    auth: base64url(22, "must be a base64url auth secret of 16 bytes"),
  }),
});

export type PushSubscriptionInput = z.output<typeof pushSubscriptionInput>;

export interface StoredPushSubscription {
  id: number;
  endpoint: string;
  p256dh: string;
  auth: string;
  visitorId: string;
  locale: string;
}

/** Saves a subscription for the cart; a browser subscribing again (same endpoint) moves it here with its new keys. */
export async function savePushSubscription(
  tx: Executor,
  { cartId, visitorId, locale, subscription }: { cartId: string; visitorId: string; locale: Locale; subscription: PushSubscriptionInput },
): Promise<number> {
  const values = { cartId, visitorId, locale, p256dh: subscription.keys.p256dh, auth: subscription.keys.auth, expiredAt: null };
  const [row] = await tx
    .insert(pushSubscriptions)
    .values({ ...values, endpoint: subscription.endpoint })
    .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values })
    .returning({ id: pushSubscriptions.id });
  return row!.id;
}

/** Forgets a subscription, only if it is this visitor's. */
export async function removePushSubscription(db: Executor, { endpoint, visitorId }: { endpoint: string; visitorId: string }): Promise<boolean> {
  const removed = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), eq(pushSubscriptions.visitorId, visitorId)))
    .returning({ id: pushSubscriptions.id });
  return removed.length > 0;
}

export async function activePushSubscriptions(db: Executor, cartId: string): Promise<StoredPushSubscription[]> {
  return db
    .select({
      id: pushSubscriptions.id,
      endpoint: pushSubscriptions.endpoint,
      p256dh: pushSubscriptions.p256dh,
      auth: pushSubscriptions.auth,
      visitorId: pushSubscriptions.visitorId,
      locale: pushSubscriptions.locale,
    })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.cartId, cartId), isNull(pushSubscriptions.expiredAt)))
    .orderBy(pushSubscriptions.id);
}

/** The push service said the subscription is gone (404/410): never send to it again. */
export async function expirePushSubscription(db: Executor, id: number, now: Date): Promise<void> {
  await db
    .update(pushSubscriptions)
    .set({ expiredAt: now })
    .where(and(eq(pushSubscriptions.id, id), isNull(pushSubscriptions.expiredAt)));
}
