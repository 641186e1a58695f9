import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { insertReminderEvent } from "@/lib/analytics/queries";
import { cartHandoffs } from "@/db/schema";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { transactionQueue } from "@/lib/jobs/queue";
import { reportReminderClicked } from "@/lib/recovery/alerts";
import { loadRecoverySettings } from "@/lib/recovery/settings";
import { mergeCarts, type MergeResult } from "./merge";
import { cartOf, type CartRef } from "./queries";

/**
 * "Continue on another device" (D3). The rule, also in docs/cart.md: a hand-off link names one
 * cart, works once, and expires — 30 minutes for the on-screen link and QR code (it is visible to
 * anyone looking at the screen), 7 days for the emailed one (it goes to the shopper's inbox), 14
 * days for a reminder's restore link (E2: the last reminder goes out 3 days after the cart was
 * left, and is read later still). The device that opens it adopts the cart; what that device
 * already had is merged in. Opening a used link again on the device that used it simply shows the
 * cart; anywhere else it is refused.
 */
export const handoffLifetimeMs = { link: 30 * 60_000, email: 7 * 24 * 60 * 60_000, reminder: 14 * 24 * 60 * 60_000 } as const;
export type HandoffChannel = keyof typeof handoffLifetimeMs;

/** The page a hand-off token opens, on the store's public origin. */
export const handoffUrl = (locale: Locale, token: string) => new URL(`/${locale}/cart/continue/${token}`, env.SITE_URL).toString();

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** A new link to the cart; a reminder's names the `recovery_messages` row it went out with, so its click and restore are counted there. */
export async function createHandoff(
  db: Executor,
  {
    cartId,
    channel,
    createdBy,
    recoveryMessageId = null,
    now = new Date(),
  }: { cartId: string; channel: HandoffChannel; createdBy: string; recoveryMessageId?: number | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + handoffLifetimeMs[channel]);
  await db.insert(cartHandoffs).values({ tokenHash: hashToken(token), cartId, channel, createdBy, recoveryMessageId, expiresAt, createdAt: now });
  return { token, expiresAt };
}

/**
 * Why a link does not bring its cart. A reminder's link adds two: its cart became an order (the
 * page shows that order's status instead), or it belongs to an account (signing in brings it).
 */
export type HandoffRefusal = "invalid" | "expired" | "used" | "closed" | "ordered" | "account";

/** The order a reminder's cart became: enough to link to its status page. */
export interface HandoffOrder {
  number: number;
  email: string;
}

export type HandoffPreviewResult =
  | { ok: true; preview: HandoffPreview }
  | { ok: false; reason: HandoffRefusal; channel?: HandoffChannel; order?: HandoffOrder };

export interface HandoffPreview {
  channel: HandoffChannel;
  items: number;
  expiresAt: Date;
}

interface HandoffRow {
  cartId: string;
  channel: HandoffChannel;
  recoveryMessageId: number | null;
  expiresAt: Date;
  usedAt: Date | null;
  usedBy: string | null;
  cartStatus: "active" | "ordered" | "merged";
  accountCart: boolean;
  items: number;
  /** The cart's latest order, when it became one. */
  order: HandoffOrder | null;
}

async function findHandoff(db: Executor, token: string, lock: boolean): Promise<HandoffRow | null> {
  if (!tokenPattern.test(token)) return null;
  const [row] = await queryRows<HandoffRow>(
    db,
    sql`select h.cart_id as "cartId", h.channel, h.recovery_message_id as "recoveryMessageId",
          h.expires_at as "expiresAt", h.used_at as "usedAt", h.used_by as "usedBy",
          c.status as "cartStatus", c.user_id is not null as "accountCart",
          (select coalesce(sum(quantity), 0)::int from cart_lines where cart_id = h.cart_id) as items,
          case when c.status = 'ordered' then
            (select json_build_object('number', o.number, 'email', o.email) from orders o where o.cart_id = h.cart_id order by o.created_at desc limit 1)
          end as "order"
        from cart_handoffs h join carts c on c.id = h.cart_id
        where h.token_hash = ${hashToken(token)}
        ${lock ? sql`for update of h` : sql``}`,
  );
  return row ? { ...row, expiresAt: new Date(row.expiresAt), usedAt: row.usedAt ? new Date(row.usedAt) : null } : null;
}

function refusal(row: HandoffRow | null, visitorId: string, now: Date): HandoffRefusal | null {
  if (!row) return "invalid";
  const expired = row.expiresAt.getTime() <= now.getTime();
  if (row.cartStatus !== "active" || row.accountCart) {
    if (row.channel !== "reminder") return "closed";
    // What the shopper was reminded of became an order: while the link lasts, it leads there.
    if (row.order && !expired) return "ordered";
    return row.cartStatus === "active" ? "account" : "closed";
  }
  if (row.usedAt) return row.usedBy === visitorId ? null : "used";
  if (expired) return "expired";
  return null;
}

/**
 * What the hand-off page shows before the shopper confirms; reading it does not use the link up.
 * Opening a reminder's link counts as that reminder's click (the first opening only), whatever the
 * page then says: the shopper came back because of it.
 */
export async function previewHandoff(
  db: Executor,
  { token, visitorId, now = new Date(), webhookUrls }: { token: string; visitorId: string; now?: Date; webhookUrls?: readonly string[] },
): Promise<HandoffPreviewResult> {
  const row = await findHandoff(db, token, false);
  const messageId = row?.recoveryMessageId;
  if (messageId) {
    await db.transaction(async (tx) => {
      const [clicked] = await queryRows<ClickedMessage>(
        tx,
        sql`update recovery_messages set clicked_at = ${now.toISOString()}::timestamptz where id = ${messageId} and clicked_at is null
            returning id, cart_id as "cartId", step, channel`,
      );
      if (clicked) await reportClick(tx, clicked, { now, webhookUrls });
    });
  }
  if (!row) return { ok: false, reason: "invalid" };
  const refused = refusal(row, visitorId, now);
  if (refused) return { ok: false, reason: refused, channel: row.channel, ...(refused === "ordered" && row.order ? { order: row.order } : {}) };
  return { ok: true, preview: { channel: row.channel, items: row.items, expiresAt: row.expiresAt } };
}

interface ClickedMessage {
  id: number;
  cartId: string;
  step: number;
  channel: string;
}

/** E6: a reminder's first click goes out as `reminder.clicked`, in the transaction that recorded it. */
async function reportClick(tx: Executor, message: ClickedMessage, { now, webhookUrls: given }: { now: Date; webhookUrls?: readonly string[] }) {
  await insertReminderEvent(tx, "reminder_clicked", { cartId: message.cartId, messageId: message.id, step: message.step, channel: message.channel, at: now });
  const webhookUrls = given ?? (await loadRecoverySettings(tx)).webhookUrls;
  if (webhookUrls.length > 0) await reportReminderClicked(tx, transactionQueue(tx), { message, webhookUrls, now });
}

export type ClaimResult = ({ ok: true; cartId: string; channel: HandoffChannel } & MergeResult) | { ok: false; reason: HandoffRefusal };

/**
 * Brings the link's cart to the device `device` describes, merging whatever cart that device had into
 * it, and uses the link up — all in one transaction, so a link opened twice at once is claimed once.
 */
export async function claimHandoff(
  db: Executor,
  { token, device, locale, now = new Date(), webhookUrls }: { token: string; device: CartRef; locale: Locale; now?: Date; webhookUrls?: readonly string[] },
): Promise<ClaimResult> {
  return db.transaction(async (tx) => {
    const row = await findHandoff(tx, token, true);
    const refused = refusal(row, device.visitorId, now);
    if (refused || !row) return { ok: false, reason: refused ?? "invalid" };
    const [current] = await queryRows<{ id: string | null }>(tx, sql`select ${cartOf(device)} as id`);
    const merged = current?.id && current.id !== row.cartId ? await mergeCarts(tx, { from: current.id, into: row.cartId, locale }) : { moved: 0, changes: [] };
    if (!row.usedAt) {
      await tx.update(cartHandoffs).set({ usedAt: now, usedBy: device.visitorId }).where(eq(cartHandoffs.tokenHash, hashToken(token)));
    }
    if (row.recoveryMessageId) {
      // The tap that brought a reminded cart back (G5); a tap implies the click, should the page's opening not have counted it.
      const at = sql`${now.toISOString()}::timestamptz`;
      const [clicked] = await queryRows<ClickedMessage & { firstClick: boolean }>(
        tx,
        sql`with before as (select id, clicked_at from recovery_messages where id = ${row.recoveryMessageId} for update)
            update recovery_messages m set restored_at = coalesce(m.restored_at, ${at}), clicked_at = coalesce(m.clicked_at, ${at}) from before where m.id = before.id
            returning m.id, m.cart_id as "cartId", m.step, m.channel, before.clicked_at is null as "firstClick"`,
      );
      if (clicked?.firstClick) await reportClick(tx, clicked, { now, webhookUrls });
    }
    return { ok: true, cartId: row.cartId, channel: row.channel, ...merged };
  });
}
