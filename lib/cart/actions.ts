"use server";

import { getTranslations } from "next-intl/server";
import { refresh } from "next/cache";
import { getDb, type Transaction } from "@/db";
import { track } from "@/lib/analytics/track";
import { cartFirstOrderFact } from "@/lib/checkout/known-shopper";
import { getPricingRules } from "@/lib/pricing/cached";
import { normalizeCouponCode } from "@/lib/pricing/coupons";
import { shopperPricing } from "@/lib/pricing/shopper";
import type { CouponError } from "@/lib/pricing/types";
import { localeFromForm as localeFrom } from "@/lib/i18n/form";
import { jobQueue } from "@/lib/jobs/queue";
import { startRecoveryForOwner } from "@/lib/recovery/start";
import { consumeLimits } from "@/lib/security/limits";
import { retryMinutes } from "@/lib/security/rate-limit";
import { currentIpKey } from "@/lib/security/request-ip";
import { addedSummary, cartCappedMessage, cartErrorMessage, couponErrorMessage } from "./messages";
import { changeLine, getCartView, setCartCoupon, setCartShippingMethod } from "./queries";
import { quoteCart } from "./quote-cart";
import { lineInputSchema, type CartError } from "./rules";
import { forgetRemoval, lastRemoval, rememberRemoval } from "./undo";
import { currentCart, keepCart } from "./visitor";

/** What the mini-cart shows after an add, already in the shopper's language and currency. */
export interface AddedSummary {
  name: string;
  options: string;
  image: { src: string; width: number; height: number } | null;
  quantity: number;
  subtotal: string;
  itemCount: number;
  freeShipping: string | null;
}

export type LineActionState =
  | { status: "idle" }
  | { status: "done"; quantity: number; added?: AddedSummary; at?: number }
  | { status: "error"; message: string };

const read = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, 50) : undefined;
};

/**
 * Adds or sets a line. `rerender` sends the page that posted it again with the action's answer:
 * the cart page and the checkout summary show every figure of the cart. A product page does not
 * (its header count and delivery box come from /api/shopper), so an add answers with no render.
 */
async function change(form: FormData, mode: "add" | "set", options: { fallbackQuantity?: number; rerender: boolean }): Promise<LineActionState> {
  const locale = localeFrom(form);
  const refuse = async (error: CartError): Promise<LineActionState> => ({ status: "error", message: await cartErrorMessage(error, locale) });
  const parsed = lineInputSchema.safeParse({ variantId: read(form, "variantId"), quantity: read(form, "quantity") ?? options.fallbackQuantity });
  if (!parsed.success || (mode === "add" && parsed.data.quantity === 0)) return refuse({ code: "invalid_input" });
  const cart = await currentCart();
  if (!cart) return refuse({ code: "invalid_input" });
  const { variantId, quantity } = parsed.data;
  // A signed-in shopper's cart has a contact: it starts its reminders with the change (E2).
  const { userId } = cart;
  const jobs = userId ? await jobQueue() : null;
  const afterStocked = userId && jobs ? (tx: Transaction, cartId: string) => startRecoveryForOwner(tx, jobs, { cartId, userId, locale }) : undefined;
  const result = await changeLine(await getDb(), { ...cart, variantId, quantity, mode }, { afterStocked });
  if (result.ok) {
    await keepCart(cart, result.cartId);
    const tracking = { locale };
    if (mode === "add") await track("cart_add", { variantId, quantity }, tracking);
    else if (result.quantity === 0) {
      await track("cart_remove", { variantId }, tracking);
      if (result.removed) await rememberRemoval({ variantId, quantity: result.removed });
    }
    else await track("cart_quantity", { variantId, quantity: result.quantity }, tracking);
  }
  if (options.rerender) refresh();
  if (result.ok && result.capped) return { status: "error", message: await cartCappedMessage(result.capped, locale) };
  return result.ok ? { status: "done", quantity: result.quantity } : refuse(result.error);
}

/** Product page "Add to cart": adds, then describes the result for the mini-cart; the page is not rendered again. */
export async function addToCart(_previous: LineActionState, form: FormData): Promise<LineActionState> {
  const result = await change(form, "add", { fallbackQuantity: 1, rerender: false });
  if (result.status !== "done") return result;
  const locale = localeFrom(form);
  const ref = await currentCart();
  const variantId = Number(read(form, "variantId"));
  const db = await getDb();
  const [cart, pricing] = await Promise.all([getCartView(db, { ...ref!, locale }), shopperPricing()]);
  const line = cart?.lines.find((l) => l.variantId === variantId);
  if (!cart || !line) return result;
  const isFirstOrder = await cartFirstOrderFact(db, { ref: ref!, cartId: cart.id });
  return { ...result, added: await addedSummary(db, { cart, line, pricing, isFirstOrder }, locale), at: Date.now() };
}

/** Cart page quantity stepper and remove (quantity 0). */
export async function updateCartLine(_previous: LineActionState, form: FormData): Promise<LineActionState> {
  return change(form, "set", { rerender: true });
}

export type CouponActionState =
  | { status: "idle" }
  | { status: "applied"; code: string }
  | { status: "removed" }
  | { status: "error"; message: string };

/**
 * Applies a discount code after checking it against the cart as it is now; a refused code is not
 * stored. Every code tried counts against the browser and the IP, so codes cannot be guessed.
 */
export async function applyCoupon(_previous: CouponActionState, form: FormData): Promise<CouponActionState> {
  const raw = form.get("code");
  const input = typeof raw === "string" ? raw : "";
  const ref = await currentCart();
  if (form.get("intent") === "remove") {
    if (ref) await setCartCoupon(await getDb(), { ...ref, code: null });
    refresh();
    return { status: "removed" };
  }
  const locale = localeFrom(form);
  const code = normalizeCouponCode(input);
  const refuse = async (error: CouponError): Promise<CouponActionState> => ({
    status: "error",
    message: await couponErrorMessage(error, code ?? "", locale),
  });
  if (!code || !ref) {
    await track("coupon_tried", { code: "", applied: false, reason: "invalid_format" }, { locale });
    return refuse({ code: "invalid_format" });
  }
  const db = await getDb();
  const allowed = await consumeLimits(db, "couponTry", { visitor: ref.visitorId, ip: await currentIpKey() });
  if (!allowed.ok) {
    const t = await getTranslations({ locale, namespace: "cart" });
    return { status: "error", message: t("couponTooMany", { minutes: retryMinutes(allowed.retryAfterSeconds) }) };
  }
  const [cart, pricing] = await Promise.all([getCartView(db, { ...ref, locale }), shopperPricing()]);
  if (!cart) return refuse({ code: "not_found" });
  const result = await quoteCart(db, cart, pricing, { couponCode: code, isFirstOrder: await cartFirstOrderFact(db, { ref, cartId: cart.id }) });
  const refusal = result.coupon && !result.coupon.applied ? result.coupon.error : null;
  await track("coupon_tried", { code, applied: !refusal, reason: refusal?.code ?? null }, { locale });
  if (refusal) return refuse(refusal);
  await setCartCoupon(db, { ...ref, code });
  refresh();
  return { status: "applied", code };
}

/** Cart page delivery method choice. */
export async function chooseShippingMethod(form: FormData): Promise<void> {
  const methodId = read(form, "shippingMethodId");
  const ref = await currentCart();
  const rules = await getPricingRules();
  if (!ref || !methodId || !rules.methods.some((m) => m.id === methodId)) return;
  await setCartShippingMethod(await getDb(), { ...ref, methodId });
  await track("shipping_method_chosen", { methodId }, { locale: localeFrom(form) });
  refresh();
}

/** Puts the last removed line back (the cart page offers "Undo" for two minutes). */
export async function undoRemoval(form: FormData): Promise<void> {
  const removal = await lastRemoval();
  const ref = await currentCart();
  await forgetRemoval();
  if (removal && ref) {
    const result = await changeLine(await getDb(), { ...ref, variantId: removal.variantId, quantity: removal.quantity, mode: "add" });
    if (result.ok) await keepCart(ref, result.cartId);
    if (result.ok) await track("cart_add", { variantId: removal.variantId, quantity: removal.quantity }, { locale: localeFrom(form) });
  }
  refresh();
}
