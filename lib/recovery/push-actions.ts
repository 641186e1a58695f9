"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { activeCartId } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";
import { locales } from "@/lib/i18n/locales";
import { jobQueue } from "@/lib/jobs/queue";
import { pushSubscriptionInput, removePushSubscription, savePushSubscription } from "@/lib/push/subscriptions";
import { vapidPublicKey } from "@/lib/push/vapid";
import { isTimeZone } from "./settings";
import { startRecovery } from "./start";

const subscribeInput = z.object({
  locale: z.enum(locales),
  timeZone: z.string().max(64).refine(isTimeZone).nullable(),
  subscription: pushSubscriptionInput,
  /** The shopper pressed the button now (an event for the funnel), rather than a page re-pointing an earlier subscription. */
  asked: z.boolean(),
});

export type PushReminderAnswer = { status: "on" } | { status: "error"; reason: "invalid" | "no_cart" | "unavailable" };

/** The store's VAPID public key, which the browser's push subscription is made for; null when the database is away. */
export async function pushReminderKey(): Promise<string | null> {
  try {
    return await vapidPublicKey(await getDb());
  } catch (error) {
    console.error("[push] no VAPID key:", error);
    return null;
  }
}

/**
 * E3: this browser asked for reminders of its cart by web push. The subscription is kept for the
 * current cart (a browser that subscribed before moves it here) and the cart's reminder sequence
 * starts in the same transaction; the steps then push as well as mail.
 */
export async function remindByPush(input: z.input<typeof subscribeInput>): Promise<PushReminderAnswer> {
  const parsed = subscribeInput.safeParse(input);
  if (!parsed.success) return { status: "error", reason: "invalid" };
  const { locale, timeZone, subscription, asked } = parsed.data;
  const ref = await currentCart();
  if (!ref) return { status: "error", reason: "no_cart" };
  const db = await getDb();
  const cartId = await activeCartId(db, ref);
  if (!cartId) return { status: "error", reason: "no_cart" };
  const jobs = await jobQueue();
  await db.transaction(async (tx) => {
    await savePushSubscription(tx, { cartId, visitorId: ref.visitorId, locale, subscription });
    await startRecovery(tx, jobs, { cartId, email: null, locale, timeZone, marketingConsent: false });
  });
  if (asked) await track("reminder_opt_in", { channel: "push" }, { locale });
  return { status: "on" };
}

/** Forgets this browser's push subscription (only the visitor's own): no more pushes. */
export async function stopPushReminders(input: { endpoint: unknown }): Promise<boolean> {
  // Arguments arrive as the browser sent them: null included.
  const endpoint = z.url().max(2000).safeParse(input?.endpoint);
  const ref = await currentCart();
  if (!endpoint.success || !ref) return false;
  return removePushSubscription(await getDb(), { endpoint: endpoint.data, visitorId: ref.visitorId });
}
