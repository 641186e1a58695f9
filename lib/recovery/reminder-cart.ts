import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { getCartView, type CartView } from "@/lib/cart/queries";
import { quoteCart } from "@/lib/cart/quote-cart";
import { firstOrderFact } from "@/lib/checkout/first-order";
import { knownShopper } from "@/lib/checkout/known-shopper";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { rulesForCountry } from "@/lib/markets/localize";
import { formatMoney, type Money } from "@/lib/money";
import { parseDestinationInput } from "@/lib/pricing/destination";
import { loadPricingRules } from "@/lib/pricing/queries";
import { pricingFor } from "@/lib/pricing/shopper";
import { taxLine, type TaxLine } from "@/lib/pricing/tax-line";
import { guessTaxRegion } from "@/lib/pricing/tax-region";
import type { Destination, PricingRules, Quote } from "@/lib/pricing/types";
import { store } from "@/lib/store/config";

export interface QuotedReminderCart {
  view: CartView;
  quote: Quote;
  tax: TaxLine;
  rules: PricingRules;
  messages: Messages;
  tag: string;
  format: (value: Money) => string;
}

/**
 * The cart a reminder (mail, push or text) is about, as it is when the reminder goes out, quoted
 * as the cart page would quote it (the one `quote`, for its "Deliver to", else the address typed
 * at its checkout); `skip` when there is nothing left to remind of.
 */
export async function quoteReminderCart(
  db: Executor,
  { cartId, locale, email }: { cartId: string; locale: Locale; email: string | null },
): Promise<QuotedReminderCart | { skip: string }> {
  const [cart] = await queryRows<{ status: "active" | "ordered" | "merged"; visitorId: string; userId: string | null; destination: Destination | null }>(
    db,
    sql`select status, visitor_id as "visitorId", user_id as "userId", destination from carts where id = ${cartId}`,
  );
  if (!cart) return { skip: "cart gone" };
  if (cart.status !== "active") return { skip: cart.status };
  const view = await getCartView(db, { visitorId: cart.visitorId, cartId, userId: cart.userId, locale });
  if (!view || view.id !== cartId || view.lines.length === 0) return { skip: "emptied" };

  const ref = { visitorId: cart.visitorId, cartId, userId: cart.userId };
  const [messages, base, known] = await Promise.all([
    loadMessages(locale),
    loadPricingRules(db, { currency: store.currency, homeCountry: store.country }),
    knownShopper(db, { ref, cartId }),
  ]);
  const typed = !cart.destination && known.checkoutPlace ? parseDestinationInput(known.checkoutPlace, base.zones) : null;
  const destination = cart.destination ?? (typed?.ok ? typed.destination : null);
  const rules = rulesForCountry(base, destination?.country);
  // As the cart page quotes it (lib/cart/shopper-quote.ts), less the request's location, which a reminder has not.
  const estimate = guessTaxRegion(destination, rules.taxRates, { checkout: known.checkoutPlace, account: known.accountPlace });
  const quoted = estimate && destination ? { ...destination, region: estimate.region } : destination;
  const quote = await quoteCart(db, view, pricingFor(base, quoted, false), { isFirstOrder: await firstOrderFact(db, known.email ?? email) });
  const tag = localeTags[locale];
  return { view, quote, tax: taxLine(quote, rules.taxRates, estimate), rules, messages, tag, format: (value) => formatMoney(value, tag) };
}
