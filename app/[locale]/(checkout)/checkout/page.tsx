import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { OrderSummary } from "@/components/checkout/order-summary";
import { savedCardWording } from "@/components/checkout/saved-card-label";
import { TrustPanel } from "@/components/checkout/trust-panel";
import { formatWindow } from "@/components/pricing/format";
import { getDb } from "@/db";
import type { Executor } from "@/db/client";
import { countryAddressFormats } from "@/lib/address/country-formats";
import { hasPostalLookup } from "@/lib/address/postal-lookup";
import { track } from "@/lib/analytics/track";
import { getCartView } from "@/lib/cart/queries";
import { quoteForShopper } from "@/lib/cart/shopper-quote";
import { currentCart } from "@/lib/cart/visitor";
import { defaultAddress, getUser } from "@/lib/accounts/queries";
import { addressDraft, loadDraft } from "@/lib/checkout/drafts";
import { checkEmail } from "@/lib/checkout/fields";
import { env, services } from "@/lib/env";
import { ltrTag } from "@/components/ui/ltr";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import { cardExpired } from "@/lib/payments/card";
import { listSavedCards } from "@/lib/payments/saved-cards";
import { parseDestinationInput, shippableCountries } from "@/lib/pricing/destination";
import { shopperPricing } from "@/lib/pricing/shopper";
import { taxRateFor } from "@/lib/pricing/tax";
import { currencyLabel } from "@/lib/markets/currency-label";
import { hasMarket } from "@/lib/markets/market-for";
import { cardTakes } from "@/lib/payments/currencies";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/checkout">;

/** The account's cards for the gateway in use that can still pay, worded for the payment choice. */
async function savedCardOptions(db: Executor, { userId, locale }: { userId: string; locale: Locale }) {
  const [cards, wording, t] = await Promise.all([listSavedCards(db, { userId, provider: services.payments }), savedCardWording(locale), getTranslations({ locale, namespace: "checkout" })]);
  const now = new Date();
  return cards
    .filter((card) => !cardExpired(card, now))
    .map((card) => ({ id: card.id, label: t("savedCard", { card: wording.name(card), expiry: wording.expiry(card) }) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "checkout" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The one-page guest checkout (A1, A3): the form beside a live, clickable summary. */
export default async function CheckoutPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, tDelivery, messages, pricing, ref] = await Promise.all([
    getTranslations("checkout"),
    getTranslations("delivery"),
    getMessages(),
    shopperPricing(),
    currentCart(),
  ]);
  const db = await getDb();
  const cart = ref ? await getCartView(db, { ...ref, locale }) : null;
  if (!cart || cart.lines.length === 0) {
    await track("page_view", { page: "checkout_empty" }, { locale, path: `/${locale}/checkout` });
    const typedBefore = cart ? Object.keys(await loadDraft(db, { cartId: cart.id })).length > 0 : false;
    return (
      <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h1 className="text-3xl font-bold">{t("emptyTitle")}</h1>
        <p role={typedBefore ? "status" : undefined}>{typedBefore ? t("emptiedElsewhere") : t("emptyBody")}</p>
        <Link href="/" className="font-medium text-brand underline">
          {t("backToCart")}
        </Link>
      </div>
    );
  }

  const saved = await loadDraft(db, { cartId: cart.id });
  // A returning signed-in shopper types nothing but the card: email and default address come from the account.
  const account = ref?.userId ? await getUser(db, { userId: ref.userId }) : null;
  const home = ref?.userId ? await defaultAddress(db, { userId: ref.userId }) : null;
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
    ref: ref!,
    pricing: checkoutPricing,
    shippingMethodId: draft.shippingMethodId || cart.shippingMethodId,
    email: email && !checkEmail(email) ? email : null,
  });
  const savedCards = account ? await savedCardOptions(db, { userId: account.id, locale }) : [];
  await track("checkout_start", { lines: cart.lines.length, total: quote.total.amount, currency: quote.currency }, { locale, path: `/${locale}/checkout` });

  const collator = new Intl.Collator(locale);
  const countries = shippableCountries(pricing.rules.zones)
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const format = formatMoney(quote.total, localeTags[locale]);
  // The address typed here may belong to another market than the one the shop was browsed in.
  const currencyNote = !hasMarket(pricing.rules.markets, destination.country)
    ? tDelivery("outsideMarkets", { country: countryName(destination.country, locale), currency: currencyLabel(quote.currency, locale) })
    : quote.currency !== pricing.rules.currency
      ? tDelivery("currencyChanged", { currency: currencyLabel(quote.currency, locale), country: countryName(destination.country, locale) })
      : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-sm">
          {account?.email ? t.rich("signedInAs", { email: account.email, ltr: ltrTag }) : t("guestNote")}{" "}
          {account ? null : (
            <Link href={`/sign-in?callbackUrl=/${locale}/checkout`} className="text-brand underline">
              {t("signIn")}
            </Link>
          )}
        </p>
      </div>
      {currencyNote ? (
        <p role="status" className="rounded-md bg-brand-soft p-3 text-sm">
          {currencyNote}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="lg:order-2">
          <OrderSummary cart={cart} quote={quote} tax={tax} locale={locale} />
        </div>
        <div className="space-y-4 lg:order-1">
          <NextIntlClientProvider messages={{ checkout: messages.checkout }}>
            <CheckoutForm
              initial={draft}
              countries={countries}
              addressFormats={countryAddressFormats(countries.map((c) => c.code), locale)}
              defaultCountry={destination.country}
              lookupCountries={countries.map((c) => c.code).filter(hasPostalLookup)}
              shippingOptions={quote.shippingOptions.map((option) => ({
                methodId: option.methodId,
                label: tDelivery("carrier", { service: tDelivery(option.service), carrier: option.carrier }),
                detail: t("arrives", formatWindow(option.window, locale)),
                price: option.free ? t("free") : formatMoney(option.price, localeTags[locale]),
              }))}
              selectedShipping={quote.selectedShipping?.methodId ?? null}
              total={{ amount: quote.total.amount, currency: quote.total.currency, formatted: format }}
              paymentMethods={store.checkout.paymentMethods.filter((method) => method !== "card" || cardTakes(services.payments, quote.currency))}
              askPhone={store.checkout.askPhone}
              askCompany={store.checkout.askCompany}
              stripe={services.payments === "stripe" ? { publishableKey: env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!, currency: quote.currency } : null}
              savedCards={savedCards}
              canSaveCard={account !== null}
            />
          </NextIntlClientProvider>
          <TrustPanel locale={locale} />
        </div>
      </div>
    </div>
  );
}
