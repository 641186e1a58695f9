import "server-only";
import { getDb } from "@/db";
import { defaultAddress, getUser } from "@/lib/accounts/queries";
import { getCartView } from "@/lib/cart/queries";
import { quoteForShopper } from "@/lib/cart/shopper-quote";
import { currentCart } from "@/lib/cart/visitor";
import { services } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { cardExpired } from "@/lib/payments/card";
import { listSavedCards } from "@/lib/payments/saved-cards";
import { parseDestinationInput } from "@/lib/pricing/destination";
import { shopperPricing } from "@/lib/pricing/shopper";
import { taxRateFor } from "@/lib/pricing/tax";
import { store } from "@/lib/store/config";
import { addressDraft, loadDraft } from "./drafts";
import { checkEmail } from "./fields";

/**
 * Everything the checkout page shows: the cart, what the shopper typed so far (or what their account
 * and the cart's "Deliver to" fill in), and the figures for the address typed. An empty cart says
 * whether the shopper had typed here before (the cart was emptied in another tab or by an order).
 */
export async function loadCheckout({ locale }: { locale: Locale }) {
  const [pricing, ref] = await Promise.all([shopperPricing(), currentCart()]);
  const db = await getDb();
  const cart = ref ? await getCartView(db, { ...ref, locale }) : null;
  if (!ref || !cart || cart.lines.length === 0) {
    const typedBefore = cart ? Object.keys(await loadDraft(db, { cartId: cart.id })).length > 0 : false;
    return { status: "empty" as const, typedBefore };
  }

  const saved = await loadDraft(db, { cartId: cart.id });
  // A returning signed-in shopper types nothing but the card: email and default address come from the account.
  const account = ref.userId ? await getUser(db, { userId: ref.userId }) : null;
  const home = ref.userId ? await defaultAddress(db, { userId: ref.userId }) : null;
  // The destination given in the cart ("Deliver to") starts the address; the postal lookup adds the city.
  const fromCart = !pricing.guessed && pricing.destination ? { country: pricing.destination.country, postalCode: pricing.destination.postalCode ?? "" } : {};
  const draft = {
    ...(home && !saved.line1 ? addressDraft(home) : !saved.country && !saved.postalCode ? fromCart : {}),
    ...(account?.email && !saved.email ? { email: account.email } : {}),
    ...saved,
  };
  // Figures follow the address typed at checkout once it has a valid country and postal code.
  const typed = draft.country ? parseDestinationInput({ country: draft.country, postalCode: draft.postalCode ?? "" }, pricing.rules.zones) : null;
  const destination = typed?.ok ? typed.destination : (pricing.destination ?? { country: store.country });
  const checkoutPricing = { ...pricing, destination, guessed: false, taxRate: taxRateFor(pricing.rules.taxRates, destination) };
  // The order is placed with the email typed here, so a first-order code is checked against it now, not after paying.
  const email = draft.email?.trim() ?? "";
  const { quote, tax } = await quoteForShopper(db, {
    cart,
    ref,
    pricing: checkoutPricing,
    shippingMethodId: draft.shippingMethodId || cart.shippingMethodId,
    email: email && !checkEmail(email) ? email : null,
  });
  // The account's cards for the gateway in use that can still pay.
  const now = new Date();
  const savedCards = account ? (await listSavedCards(db, { userId: account.id, provider: services.payments })).filter((card) => !cardExpired(card, now)) : [];
  return { status: "ready" as const, pricing, cart, draft, destination, quote, tax, account, savedCards };
}
