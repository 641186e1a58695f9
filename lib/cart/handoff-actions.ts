"use server";

import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import QRCode from "qrcode";
import { z } from "zod";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { localeFromForm } from "@/lib/i18n/form";
import { retryMinutes } from "@/lib/security/rate-limit";
import { currentIpKey } from "@/lib/security/request-ip";
import { claimHandoff, createHandoff, handoffUrl, type HandoffChannel } from "./handoff";
import { emailCartLink } from "./handoff-mail";
import { cartErrorMessage } from "./messages";
import { activeCartId, countCartItems } from "./queries";
import { currentCart, keepCart } from "./visitor";

export type HandoffLinkState =
  | { status: "idle" }
  /** `expiresAt` is ISO: the browser states it in the shopper's own time zone. */
  | { status: "ready"; url: string; qrSvg: string; expiresAt: string }
  | { status: "error"; message: string };

export type EmailCartState =
  | { status: "idle"; email?: string }
  | { status: "sent"; email: string; message: string }
  | { status: "error"; email: string; message: string };

export type ClaimState =
  | { status: "idle" }
  | { status: "claimed"; message: string; changes: string[] }
  | { status: "error"; message: string };

/** The current cart and how many items it holds, if it has something to hand over. */
async function cartToHand() {
  const ref = await currentCart();
  if (!ref) return null;
  const db = await getDb();
  const cartId = await activeCartId(db, ref);
  const items = cartId ? await countCartItems(db, { ...ref, cartId }) : 0;
  return cartId && items > 0 ? { ref, cartId, items, db } : null;
}

/** "Continue on another device": a 30-minute single-use link and its QR code. */
export async function createHandoffLink(_previous: HandoffLinkState, form: FormData): Promise<HandoffLinkState> {
  const locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "handoff" });
  const cart = await cartToHand();
  if (!cart) return { status: "error", message: t("emptyCart") };
  if (cart.ref.userId) return { status: "error", message: t("signedIn") };
  const { token, expiresAt } = await createHandoff(cart.db, { cartId: cart.cartId, channel: "link", createdBy: cart.ref.visitorId });
  const url = handoffUrl(locale, token);
  const qrSvg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  await track("cart_handoff", { channel: "link", step: "created" }, { locale });
  return { status: "ready", url, qrSvg, expiresAt: expiresAt.toISOString() };
}

const emailSchema = z.email().max(254);

/** "Email me my cart": sends a 7-day single-use link to the address the shopper gives. */
export async function emailCart(_previous: EmailCartState, form: FormData): Promise<EmailCartState> {
  const locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "handoff" });
  const raw = form.get("email");
  const email = typeof raw === "string" ? raw.trim().slice(0, 320) : "";
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return { status: "error", email, message: t("emailInvalid") };
  const cart = await cartToHand();
  if (!cart) return { status: "error", email, message: t("emptyCart") };
  if (cart.ref.userId) return { status: "error", email, message: t("signedIn") };
  const sent = await emailCartLink(cart.db, {
    cartId: cart.cartId,
    visitorId: cart.ref.visitorId,
    to: parsed.data,
    items: cart.items,
    locale,
    ipKey: await currentIpKey(),
  });
  if (!sent.ok) return { status: "error", email, message: t("emailTooMany", { minutes: retryMinutes(sent.retryAfterSeconds) }) };
  await track("cart_handoff", { channel: "email", step: "created" }, { locale });
  return { status: "sent", email: parsed.data, message: t("emailSent", { email: parsed.data }) };
}

/** Opening a hand-off link and confirming: this device adopts the cart, merged with what it had. */
export async function claimCart(_previous: ClaimState, form: FormData): Promise<ClaimState> {
  const locale = localeFromForm(form);
  const t = await getTranslations({ locale, namespace: "handoff" });
  const token = form.get("token");
  const device = await currentCart();
  if (typeof token !== "string" || !device) return { status: "error", message: t("refused.invalid") };
  const db = await getDb();
  const result = await claimHandoff(db, { token, device, locale });
  if (!result.ok) return { status: "error", message: t(`refused.${result.reason}`) };
  await keepCart(device, result.cartId);
  await track("cart_handoff", { channel: result.channel satisfies HandoffChannel, step: "claimed" }, { locale });
  const changes = await Promise.all(
    result.changes.map(async (change) =>
      t("changed", { name: change.productName, kept: change.kept, reason: await cartErrorMessage(change.reason, locale) }),
    ),
  );
  refresh();
  const items = await countCartItems(db, { ...device, cartId: result.cartId });
  return { status: "claimed", message: t("claimed", { count: items }), changes };
}
