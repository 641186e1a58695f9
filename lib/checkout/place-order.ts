import "server-only";
import { randomUUID } from "node:crypto";
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
import { applyPaymentOutcome, commitStock, completeOrder, releaseExpiredReservations, reserveStock } from "./orders";

/** How long a card payment may take before its stock hold lapses. */
export const reservationMinutes = 15;

export interface PlaceOrderInput {
  cart: CartRef;
  /** One per checkout attempt, made by the server when it renders the form. */
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

/** Waits for a duplicate submit's twin to finish charging, so both get the same answer. */
async function settledOutcome(db: Executor, idempotencyKey: string): Promise<PlaceOrderResult> {
  for (let i = 0; i < 100; i++) {
    const order = await findByKey(db, idempotencyKey);
    if (order && order.status !== "pending_payment") return outcomeOf(order);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const order = await findByKey(db, idempotencyKey);
  return order ? outcomeOf(order) : { status: "empty_cart" };
}

class Abort extends Error {
  constructor(readonly result: PlaceOrderResult) {
    super(result.status);
  }
}

async function isFirstOrder(db: Executor, email: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    db,
    sql`select exists (select 1 from orders where lower(email) = lower(${email}) and status in ('paid', 'pay_on_delivery', 'awaiting_transfer')) as found`,
  );
  return !row?.found;
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
  if (earlier) return earlier.status === "pending_payment" ? settledOutcome(db, input.idempotencyKey) : outcomeOf(earlier);
  await releaseExpiredReservations(db, at);

  const destination = {
    country: input.address.country,
    postalCode: input.address.postalCode,
    region: input.address.country === "US" ? usStateFromZip(input.address.postalCode) : input.address.region,
  };
  const firstOrder = await isFirstOrder(db, input.email);
  let placed: { orderId: string; number: number; total: number; currency: string };
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
          couponCode: q.coupon?.applied ? q.coupon.code : null,
          shippingMethodId: q.selectedShipping.methodId,
          deliveryWindow: q.selectedShipping.window,
          shippingAddress: input.address,
          billingAddress: input.billing,
          reservedUntil: card ? new Date(at.getTime() + reservationMinutes * 60_000) : null,
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
    if (error instanceof Abort) return error.result.status === "processing" ? settledOutcome(db, input.idempotencyKey) : error.result;
    // A twin submit won the unique idempotency key: answer with its outcome.
    if (String((error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code) === "23505") {
      return settledOutcome(db, input.idempotencyKey);
    }
    throw error;
  }

  if (input.paymentMethod !== "card") return { status: "placed", orderId: placed.orderId, number: placed.number, paymentMethod: input.paymentMethod };

  if (gateway.kind === "stripe") {
    const intent = await gateway.createIntent({
      amount: placed.total,
      currency: placed.currency,
      idempotencyKey: `order-${placed.orderId}`,
      orderId: placed.orderId,
      orderNumber: placed.number,
      email: input.email,
    });
    await db.update(payments).set({ providerPaymentId: intent.id, updatedAt: new Date() }).where(eq(payments.orderId, placed.orderId));
    return { status: "confirm_payment", orderId: placed.orderId, number: placed.number, clientSecret: intent.clientSecret };
  }
  const charge = input.card
    ? await gateway.charge({
        amount: placed.total,
        currency: placed.currency,
        idempotencyKey: `order-${placed.orderId}`,
        card: input.card,
        description: `Order ${placed.number}`,
      })
    : ({ status: "failed", paymentId: null, code: "incorrect_number" } as const);
  await applyPaymentOutcome(db, {
    orderId: placed.orderId,
    outcome:
      charge.status === "succeeded"
        ? { status: "succeeded", providerPaymentId: charge.paymentId, brand: charge.brand, last4: charge.last4 }
        : { status: "failed", providerPaymentId: charge.paymentId, code: charge.code },
  });
  return charge.status === "succeeded"
    ? { status: "placed", orderId: placed.orderId, number: placed.number, paymentMethod: "card" }
    : { status: "payment_failed", number: placed.number, code: charge.code };
}

/** A fresh key for the next attempt after a failed payment. */
export const newAttemptKey = () => randomUUID();
