import "server-only";
import type { Executor } from "@/db/client";
import { firstOrderFact } from "@/lib/checkout/first-order";
import { knownShopper } from "@/lib/checkout/known-shopper";
import { visitorLocation, type ShopperPricing } from "@/lib/pricing/shopper";
import { taxRateFor } from "@/lib/pricing/tax";
import { taxLine, type TaxLine } from "@/lib/pricing/tax-line";
import { guessTaxRegion } from "@/lib/pricing/tax-region";
import type { Destination, Quote, TaxRate } from "@/lib/pricing/types";
import type { CartRef, CartView } from "./queries";
import { quoteCart } from "./quote-cart";

export interface ShopperQuote {
  quote: Quote;
  tax: TaxLine;
  taxRate: TaxRate | null;
}

/**
 * The cart quoted as this shopper will pay for it (B2, E5), for the cart page and checkout alike:
 * where only the country is known and the state decides the tax, the state is guessed from what the
 * store knows (checkout ZIP, saved address, location) and labelled an estimate; a first-order code
 * is checked against the shopper's email as soon as there is one.
 */
export async function quoteForShopper(
  db: Executor,
  {
    cart,
    ref,
    pricing,
    destination = pricing.destination,
    shippingMethodId,
    email,
  }: {
    cart: CartView;
    ref: CartRef;
    pricing: ShopperPricing;
    destination?: Destination | null;
    shippingMethodId?: string | null;
    /** The email checkout will use, when it knows better than the account (typed there). */
    email?: string | null;
  },
): Promise<ShopperQuote> {
  const [known, location] = await Promise.all([knownShopper(db, { ref, cartId: cart.id }), visitorLocation()]);
  const estimate = guessTaxRegion(destination, pricing.rules.taxRates, { checkout: known.checkoutPlace, account: known.accountPlace, location });
  const quoted = estimate && destination ? { ...destination, region: estimate.region } : destination;
  const quote = await quoteCart(db, cart, pricing, {
    destination: quoted,
    ...(shippingMethodId !== undefined ? { shippingMethodId } : {}),
    isFirstOrder: await firstOrderFact(db, email ?? known.email),
  });
  return { quote, tax: taxLine(quote, pricing.rules.taxRates, estimate), taxRate: taxRateFor(pricing.rules.taxRates, quoted) };
}
