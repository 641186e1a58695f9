import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { orderLines, orders, payments, type PostalAddress } from "@/db/schema";
import { getCartView, lockExistingCart, type CartRef } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import type { Locale } from "@/lib/i18n/locales";
import type { CardDetails, Gateway, PaymentFailureCode } from "@/lib/payments/types";
import { usStateFromZip } from "@/lib/pricing/postal-codes";
import { taxRateFor } from "@/lib/pricing/tax";
import type { PricingRules, Quote } from "@/lib/pricing/types";
import type { PaymentMethod } from "./fields";
import { isFirstOrder } from "./first-order";
import { applyPaymentOutcome, commitStock, completeOrder, holdCoupon, reserveStock } from "./orders";

/** How long a card payment may take before its stock hold lapses. */
export const reservationMinutes = 15;
/** How long one request may spend charging before a retry (or the reconciler) may take over. */
export const chargeLeaseSeconds = 20;

export interface PlaceOrderInput {
  cart: CartRef;
  /** One per checkout until it has an outcome or the cart changes (lib/checkout/drafts.ts). */
  idempotencyKey: string;
  email: string;
  locale: Locale;
  address: PostalAddress;
  billing: PostalAddress | null;
  shippingMethodId: string | null;
  paymentMethod: PaymentMethod;
  /** The total the shopper saw on the button, minor units. Only compared, never charged. */
  expectedTotal: number;
  card: CardDetails | null;
  rules: PricingRules;
  at?: Date;
}

export type PlaceOrderResult =
  | { status: "placed"; orderId: string; number: number; paymentMethod: PaymentMethod }
  | { status: "payment_failed"; number: number; code: PaymentFailureCode | "expired" }
  | { status: "processing"; number: number }
  | { status: "confirm_payment"; orderId: string; number: number; clientSecret: string }
  | { status: "total_changed"; quote: Quote }
  | { status: "out_of_stock"; variantIds: number[] }
  | { status: "coupon_used_up"; code: string }
  | { status: "empty_cart" }
  | { status: "no_shipping" };

type Existing = { id: string; number: number; status: string; paymentMethod: PaymentMethod; failureCode: string | null };

async function findByKey(db: Executor, idempotencyKey: string): Promise<Existing | null> {
  const [row] = await queryRows<Existing>(
    db,
    sql`select o.id, o.number, o.status, o.payment_method as "paymentMethod", p.failure_code as "failureCode"
        from orders o left join payments p on p.order_id = o.id where o.idempotency_key = ${idempotencyKey}`,
  );
  return row ?? null;
}

function outcomeOf(order: Existing): PlaceOrderResult {
  if (order.status === "pending_payment") return { status: "processing", number: order.number };
  if (order.status === "payment_failed" || order.status === "cancelled") {
    return { status: "payment_failed", number: order.number, code: (order.failureCode ?? "processing_error") as PaymentFailureCode };
  }
  return { status: "placed", orderId: order.id, number: order.number, paymentMethod: order.paymentMethod };
}

type Placed = { orderId: string; number: number; total: number; currency: string };

/**
 * A card order under this key already exists and is not settled: either a twin submit is charging
 * it right now (its lease is live: wait for its answer) or the request that placed it died before
 * the outcome was known (the lease ran out: take it over and finish the charge, which the gateway's
 * idempotency key keeps to one charge). Either way the shopper gets one order and one hold.
 */
async function resumeOrWait(db: Executor, gateway: Gateway, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const deadline = Date.now() + (chargeLeaseSeconds + 10) * 1000;
  while (Date.now() < deadline) {
    const order = await findByKey(db, input.idempotencyKey);
    if (!order) return { status: "empty_cart" };
    if (order.status !== "pending_payment") return outcomeOf(order);
    const taken = await takeChargeLease(db, order.id, new Date());
    if (taken) return charge(db, gateway, taken, input);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const order = await findByKey(db, input.idempotencyKey);
  return order ? outcomeOf(order) : { status: "empty_cart" };
}

/** Claims the right to charge a pending card order whose stock is still held and whose lease ran out. */
export async function takeChargeLease(db: Executor, orderId: string, now: Date): Promise<Placed | null> {
  const [taken] = await queryRows<Placed>(
    db,
    sql`update orders set charge_lease_until = ${new Date(now.getTime() + chargeLeaseSeconds * 1000).toISOString()}::timestamptz
        where id = ${orderId} and status = 'pending_payment' and stock_settled = false
          and (charge_lease_until is null or charge_lease_until < ${now.toISOString()}::timestamptz)
        returning id as "orderId", number, total, currency`,
  );
  return taken ?? null;
}

class Abort extends Error {
  constructor(readonly result: PlaceOrderResult) {
    super(result.status);
  }
}

/**
 * Places an order from the shopper's cart, in one transaction: the quote is recomputed on the
 * server from the cart and the address (nothing about money is taken from the request), compared
 * with what the shopper saw, stock is held with a conditional update, and the order, its lines and
 * its payment record are written. The idempotency key makes a double click, a retry or a resubmitted
 * form land on the same order and the same charge. A card is then charged outside the transaction
 * and the outcome applied; a declined card releases the hold and leaves the cart as it was.
 */
export async function placeOrder(db: Executor, gateway: Gateway, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const at = input.at ?? new Date();
  const earlier = await findByKey(db, input.idempotencyKey);
  if (earlier) return earlier.status === "pending_payment" ? resumeOrWait(db, gateway, input) : outcomeOf(earlier);

  const destination = {
    country: input.address.country,
    postalCode: input.address.postalCode,
    region: input.address.country === "US" ? usStateFromZip(input.address.postalCode) : input.address.region,
  };
  const firstOrder = await isFirstOrder(db, input.email);
  let placed: Placed;
  try {
    placed = await db.transaction(async (tx) => {
      const cartId = await lockExistingCart(tx, input.cart);
      // Re-checked under the cart lock: a twin submit may have committed while this one waited.
      const twin = await findByKey(tx, input.idempotencyKey);
      if (twin) throw new Abort(outcomeOf(twin));
      if (!cartId) throw new Abort({ status: "empty_cart" });
      const cart = await getCartView(tx, { ...input.cart, cartId, locale: input.locale });
      if (!cart || cart.lines.length === 0) throw new Abort({ status: "empty_cart" });
      const pricing = { rules: input.rules, destination, guessed: false, taxRate: taxRateFor(input.rules.taxRates, destination), at };
      const q = await quoteCart(tx, cart, pricing, { destination, shippingMethodId: input.shippingMethodId, isFirstOrder: firstOrder });
      if (!q.selectedShipping) throw new Abort({ status: "no_shipping" });
      if (q.total.amount !== input.expectedTotal) throw new Abort({ status: "total_changed", quote: q });

      const short = await reserveStock(tx, cart.lines);
      if (short.length) throw new Abort({ status: "out_of_stock", variantIds: short });
      const couponCode = q.coupon?.applied ? q.coupon.code : null;
      if (couponCode && !(await holdCoupon(tx, couponCode))) throw new Abort({ status: "coupon_used_up", code: couponCode });

      const card = input.paymentMethod === "card";
      const [order] = await tx
        .insert(orders)
        .values({
          idempotencyKey: input.idempotencyKey,
          cartId,
          visitorId: input.cart.visitorId,
          userId: input.cart.userId ?? null,
          email: input.email,
          locale: input.locale,
          status: card ? "pending_payment" : input.paymentMethod === "cash_on_delivery" ? "pay_on_delivery" : "awaiting_transfer",
          paymentMethod: input.paymentMethod,
          currency: q.currency,
          subtotal: q.subtotal.amount,
          discount: q.orderDiscount.amount,
          shipping: q.selectedShipping.price.amount,
          tax: q.tax.total.amount,
          taxIncluded: q.tax.included,
          total: q.total.amount,
          couponCode,
          couponHeld: couponCode !== null,
          shippingMethodId: q.selectedShipping.methodId,
          deliveryWindow: q.selectedShipping.window,
          shippingAddress: input.address,
          billingAddress: input.billing,
          reservedUntil: card ? new Date(at.getTime() + reservationMinutes * 60_000) : null,
          // This request charges the card; a twin or a retry waits until the lease runs out.
          chargeLeaseUntil: card ? new Date(Date.now() + chargeLeaseSeconds * 1000) : null,
        })
        .returning({ id: orders.id, number: orders.number });
      await tx.insert(orderLines).values(
        cart.lines.map((line) => {
          const priced = q.lines.find((l) => l.variantId === line.variantId)!;
          return {
            orderId: order!.id,
            variantId: line.variantId,
            productSlug: line.productSlug,
            productName: line.productName,
            options: line.options as Record<string, string>,
            image: line.image?.src ?? null,
            quantity: line.quantity,
            unitPrice: priced.unitPrice.amount,
            total: priced.total.amount,
          };
        }),
      );
      await tx.insert(payments).values({
        orderId: order!.id,
        provider: input.paymentMethod === "card" ? gateway.kind : input.paymentMethod,
        amount: q.total.amount,
        currency: q.currency,
        status: "pending",
      });
      if (!card) {
        await commitStock(tx, order!.id);
        await completeOrder(tx, order!.id);
      }
      return { orderId: order!.id, number: order!.number, total: q.total.amount, currency: q.currency };
    });
  } catch (error) {
    if (error instanceof Abort) return error.result.status === "processing" ? resumeOrWait(db, gateway, input) : error.result;
    // A twin submit won the unique idempotency key: answer with its outcome.
    if (String((error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code) === "23505") {
      return resumeOrWait(db, gateway, input);
    }
    throw error;
  }

  if (input.paymentMethod !== "card") return { status: "placed", orderId: placed.orderId, number: placed.number, paymentMethod: input.paymentMethod };

  return charge(db, gateway, placed, input);
}

/**
 * Charges a placed card order and applies the outcome. The gateway's idempotency key is the
 * order's, and the gateway is first asked what it already charged under it, so a request that
 * resumes after a crash finds the earlier charge instead of making a second one.
 */
async function charge(db: Executor, gateway: Gateway, placed: Placed, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const idempotencyKey = `order-${placed.orderId}`;
  if (gateway.kind === "stripe") {
    const intent = await gateway.createIntent({
      amount: placed.total,
      currency: placed.currency,
      idempotencyKey,
      orderId: placed.orderId,
      orderNumber: placed.number,
      email: input.email,
    });
    await db.update(payments).set({ providerPaymentId: intent.id, updatedAt: new Date() }).where(eq(payments.orderId, placed.orderId));
    // The browser confirms the intent from here; asking again (a reload, a retry) returns the same one.
    await db.update(orders).set({ chargeLeaseUntil: null }).where(eq(orders.id, placed.orderId));
    return { status: "confirm_payment", orderId: placed.orderId, number: placed.number, clientSecret: intent.clientSecret };
  }
  const charged =
    (await gateway.find?.(idempotencyKey)) ??
    (input.card
      ? await gateway.charge({ amount: placed.total, currency: placed.currency, idempotencyKey, card: input.card, description: `Order ${placed.number}` })
      : ({ status: "failed", paymentId: null, code: "incorrect_number" } as const));
  await applyPaymentOutcome(db, {
    orderId: placed.orderId,
    outcome:
      charged.status === "succeeded"
        ? { status: "succeeded", providerPaymentId: charged.paymentId, brand: charged.brand, last4: charged.last4 }
        : { status: "failed", providerPaymentId: charged.paymentId, code: charged.code },
  });
  return charged.status === "succeeded"
    ? { status: "placed", orderId: placed.orderId, number: placed.number, paymentMethod: "card" }
    : { status: "payment_failed", number: placed.number, code: charged.code };
}
