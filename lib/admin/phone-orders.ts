import "server-only";
import { sql } from "drizzle-orm";
import type { Executor, Transaction } from "@/db/client";
import { queryRows } from "@/db/rows";
import { cartLines, carts, type PostalAddress } from "@/db/schema";
import { getCartView } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { isFirstOrder } from "@/lib/checkout/first-order";
import { placeOrder, type PlaceOrderResult } from "@/lib/checkout/place-order";
import type { Locale } from "@/lib/i18n/locales";
import type { Gateway } from "@/lib/payments/types";
import { usStateFromZip } from "@/lib/pricing/postal-codes";
import { taxRateFor } from "@/lib/pricing/tax";
import type { PricingRules, Quote } from "@/lib/pricing/types";
import { recordAudit, type Actor } from "./audit";

/** What staff take down on the phone. Card numbers are never taken by phone: such orders are paid by transfer or on delivery (or marked paid later). */
export interface PhoneOrderInput {
  email: string;
  locale: Locale;
  address: PostalAddress;
  lines: { sku: string; quantity: number }[];
  couponCode: string | null;
  shippingMethodId: string | null;
  paymentMethod: "bank_transfer" | "cash_on_delivery";
  /** Made with the first preview: a double submit, a retry or a second staff tab places one order. */
  idempotencyKey: string;
}

export type PhoneOrderLine = { sku: string; quantity: number; name: string; options: Record<string, string>; available: number };

export type PhoneOrderProblem =
  | { line: number; reason: "unknown_sku" | "not_enough_stock"; sku: string; available?: number }
  | { line: null; reason: "no_lines" | "no_shipping" };

export type PhoneOrderQuote = { ok: true; quote: Quote; lines: PhoneOrderLine[] } | { ok: false; problems: PhoneOrderProblem[] };

/** The temporary cart a phone order is priced and placed from: its own visitor, never the customer's live cart. */
const phoneVisitor = (idempotencyKey: string) => `phone:${idempotencyKey}`;

type Variant = { id: number; sku: string; available: number };

async function findVariants(db: Executor, skus: string[]): Promise<Map<string, Variant>> {
  const rows = await queryRows<Variant>(
    db,
    sql`select v.id, v.sku, greatest(i.on_hand - i.reserved, 0)::int as available
        from variants v join inventory i on i.variant_id = v.id join products p on p.id = v.product_id
        where upper(v.sku) in (${sql.join(skus.map((sku) => sql`${sku.toUpperCase()}`), sql`, `)}) and p.status = 'active'`,
  );
  return new Map(rows.map((row) => [row.sku.toUpperCase(), row]));
}

/** Each line's variant, or what is wrong with it (by its line number as typed). */
async function resolveLines(db: Executor, lines: PhoneOrderInput["lines"]): Promise<{ variants: { id: number; quantity: number }[]; problems: PhoneOrderProblem[] }> {
  if (!lines.length) return { variants: [], problems: [{ line: null, reason: "no_lines" }] };
  const found = await findVariants(db, lines.map((line) => line.sku));
  const problems: PhoneOrderProblem[] = [];
  const wanted = new Map<number, number>();
  lines.forEach((line, index) => {
    const variant = found.get(line.sku.toUpperCase());
    if (!variant) return problems.push({ line: index, reason: "unknown_sku", sku: line.sku });
    wanted.set(variant.id, (wanted.get(variant.id) ?? 0) + line.quantity);
    if (wanted.get(variant.id)! > variant.available) problems.push({ line: index, reason: "not_enough_stock", sku: variant.sku, available: variant.available });
  });
  return { variants: [...wanted].map(([id, quantity]) => ({ id, quantity })), problems };
}

/** Creates (or finds, for a twin request) the order's own cart with exactly these lines and coupon. */
async function fillCart(tx: Transaction, input: PhoneOrderInput, variants: { id: number; quantity: number }[]): Promise<string | null> {
  const visitorId = phoneVisitor(input.idempotencyKey);
  await tx.insert(carts).values({ visitorId, couponCode: input.couponCode, shippingMethodId: input.shippingMethodId }).onConflictDoNothing();
  const [cart] = await queryRows<{ id: string }>(tx, sql`select id from carts where visitor_id = ${visitorId} and user_id is null and status = 'active' for update`);
  // A twin request made the cart and has ordered it since.
  if (!cart) return null;
  await tx.delete(cartLines).where(sql`${cartLines.cartId} = ${cart!.id}`);
  await tx.execute(sql`update carts set coupon_code = ${input.couponCode}, shipping_method_id = ${input.shippingMethodId} where id = ${cart!.id}`);
  await tx.insert(cartLines).values(variants.map((variant) => ({ cartId: cart!.id, variantId: variant.id, quantity: variant.quantity, unitPriceSeen: 0 })));
  return cart!.id;
}

class Discard extends Error {}

const destinationOf = (address: PostalAddress) => ({
  country: address.country,
  postalCode: address.postalCode,
  region: address.country === "US" ? usStateFromZip(address.postalCode) : address.region,
});

/**
 * Prices the order exactly as the checkout would (same `quote()`, same market, promotions, coupon,
 * tax and shipping for the address) without keeping anything: the cart it builds is rolled back.
 */
export async function quotePhoneOrder(db: Executor, input: PhoneOrderInput, rules: PricingRules, at = new Date()): Promise<PhoneOrderQuote> {
  const { variants, problems } = await resolveLines(db, input.lines);
  if (problems.length) return { ok: false, problems };
  const firstOrder = await isFirstOrder(db, input.email);
  let result: PhoneOrderQuote | null = null;
  await db
    .transaction(async (tx) => {
      const cartId = await fillCart(tx, input, variants);
      const cart = cartId ? await getCartView(tx, { visitorId: phoneVisitor(input.idempotencyKey), cartId, locale: input.locale }) : null;
      if (!cart) throw new Discard();
      const destination = destinationOf(input.address);
      const pricing = { rules, destination, guessed: false, taxRate: taxRateFor(rules.taxRates, destination), at };
      const quote = await quoteCart(tx, cart, pricing, { destination, shippingMethodId: input.shippingMethodId, isFirstOrder: firstOrder });
      const skus = await findVariants(tx, input.lines.map((line) => line.sku));
      result = quote.selectedShipping
        ? {
            ok: true,
            quote,
            lines: cart.lines.map((line) => {
              const sku = [...skus.values()].find((variant) => variant.id === line.variantId)!;
              return { sku: sku.sku, quantity: line.quantity, name: line.productName, options: line.options as Record<string, string>, available: sku.available };
            }),
          }
        : { ok: false, problems: [{ line: null, reason: "no_shipping" }] };
      throw new Discard();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Discard)) throw error;
    });
  // Only when the order under this key was placed meanwhile (by another tab).
  return result ?? { ok: false, problems: [{ line: null, reason: "no_lines" }] };
}

/**
 * Places the phone order through the checkout's own `placeOrder` (server prices, the total staff
 * read to the customer checked, stock held, coupon used once, receipt mailed, idempotent per key),
 * then marks it as a phone order by this staff member, on the customer's account when the email
 * has one, and audits it. A refusal leaves nothing behind.
 */
export async function placePhoneOrder(
  db: Executor,
  gateway: Gateway,
  input: PhoneOrderInput & { expectedTotal: number; expectedCurrency: string },
  { rules, actor, at = new Date() }: { rules: PricingRules; actor: Actor; at?: Date },
): Promise<PlaceOrderResult | { status: "invalid"; problems: PhoneOrderProblem[] }> {
  const placedBefore = async (): Promise<PlaceOrderResult | null> => {
    const [earlier] = await queryRows<{ id: string; number: number }>(db, sql`select id, number from orders where idempotency_key = ${input.idempotencyKey}`);
    return earlier ? { status: "placed", orderId: earlier.id, number: earlier.number, paymentMethod: input.paymentMethod } : null;
  };
  const earlier = await placedBefore();
  if (earlier) return earlier;
  const { variants, problems } = await resolveLines(db, input.lines);
  if (problems.length) return { status: "invalid", problems };
  const cartId = await db.transaction((tx) => fillCart(tx, input, variants));
  if (!cartId) return (await placedBefore()) ?? { status: "empty_cart" };
  const result = await placeOrder(db, gateway, {
    cart: { visitorId: phoneVisitor(input.idempotencyKey), cartId },
    idempotencyKey: input.idempotencyKey,
    email: input.email,
    locale: input.locale,
    address: input.address,
    billing: null,
    shippingMethodId: input.shippingMethodId,
    paymentMethod: input.paymentMethod,
    expectedTotal: input.expectedTotal,
    expectedCurrency: input.expectedCurrency,
    card: null,
    rules,
    at,
  });
  if (result.status !== "placed") {
    await db.execute(sql`delete from carts where id = ${cartId} and status = 'active' and not exists (select 1 from orders where cart_id = ${cartId})`);
    return result;
  }
  await db.transaction(async (tx) => {
    const [order] = await queryRows<{ channel: string; total: number; currency: string }>(
      tx,
      sql`update orders set channel = 'phone', placed_by = ${actor.email},
            user_id = coalesce(user_id, (select id from users where lower(email) = lower(${input.email}) limit 1))
          where id = ${result.orderId} and channel = 'web' returning channel, total, currency`,
    );
    // A twin request already marked and audited it.
    if (!order) return;
    await recordAudit(tx, {
      actor,
      action: "order.create_phone",
      subjectType: "order",
      subjectId: String(result.number),
      before: null,
      after: { email: input.email, lines: input.lines, paymentMethod: input.paymentMethod, total: order.total, currency: order.currency, couponCode: input.couponCode },
      at,
    });
  });
  return result;
}
