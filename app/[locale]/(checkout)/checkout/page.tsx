import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { OrderSummary } from "@/components/checkout/order-summary";
import { savedCardWording } from "@/components/checkout/saved-card-label";
import { TrustPanel } from "@/components/checkout/trust-panel";
import { ExitIntent } from "@/components/recovery/exit-intent";
import { RetargetingSignal } from "@/components/retargeting/retargeting-signal";
import { formatWindow } from "@/lib/pricing/format";
import { countryAddressFormats } from "@/lib/address/country-formats";
import { hasPostalLookup } from "@/lib/address/postal-lookup";
import { track } from "@/lib/analytics/track";
import { loadCheckout } from "@/lib/checkout/checkout-page";
import { env, services } from "@/lib/env";
import { ltrTag } from "@/components/ui/ltr";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import { shippableCountries } from "@/lib/pricing/destination";
import { currencyLabel } from "@/lib/markets/currency-label";
import { hasMarket } from "@/lib/markets/market-for";
import { cardTakes } from "@/lib/payments/currencies";
import { exitOfferText } from "@/lib/recovery/exit-offer";
import { armFor } from "@/lib/experiments/current";
import { currentSettings } from "@/lib/settings/current";
import { exitSurveyText } from "@/lib/surveys/text";

type Props = PageProps<"/[locale]/checkout">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "checkout" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The one-page guest checkout (A1, A3): the form beside a live, clickable summary. */
export default async function CheckoutPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, tDelivery, messages, checkout] = await Promise.all([getTranslations("checkout"), getTranslations("delivery"), getMessages(), loadCheckout({ locale })]);
  if (checkout.status === "empty") {
    await track("page_view", { page: "checkout_empty" }, { locale, path: `/${locale}/checkout` });
    const { typedBefore } = checkout;
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

  const { pricing, cart, draft, destination, quote, tax, account } = checkout;
  const [wording, exitText, settings, placeOrderArm, layoutArm] = await Promise.all([
    savedCardWording(locale),
    exitOfferText({ locale, currency: quote.currency }),
    currentSettings(),
    armFor("place_order_button"),
    armFor("checkout_layout"),
  ]);
  const surveyText = await exitSurveyText(locale);
  const savedCards = checkout.savedCards.map((card) => ({ id: card.id, label: t("savedCard", { card: wording.name(card), expiry: wording.expiry(card) }) }));
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
              paymentMethods={settings.payments.methods.filter((method) => method !== "card" || cardTakes(services.payments, quote.currency))}
              askPhone={settings.checkout.askPhone}
              askCompany={settings.checkout.askCompany}
              textReminders={settings.recovery.textReminders}
              stripe={services.payments === "stripe" ? { publishableKey: env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY!, currency: quote.currency } : null}
              savedCards={savedCards}
              canSaveCard={account !== null}
              placeOrderArm={placeOrderArm ? { experimentKey: placeOrderArm.experimentKey, value: placeOrderArm.value } : null}
              layoutArm={layoutArm ? { experimentKey: layoutArm.experimentKey, value: layoutArm.value } : null}
            />
          </NextIntlClientProvider>
          <TrustPanel locale={locale} paymentMethods={settings.payments.methods} />
        </div>
      </div>
      <RetargetingSignal
        event={{
          name: "begin_checkout",
          currency: quote.currency,
          items: quote.lines.map((line) => ({
            id: String(line.variantId),
            name: cart.lines.find((item) => item.variantId === line.variantId)?.productName ?? "",
            price: line.unitPrice.amount,
            quantity: line.quantity,
          })),
        }}
      />
      <ExitIntent page="checkout" items={cart.lines.reduce((sum, line) => sum + line.quantity, 0)} locale={locale} text={exitText} survey={surveyText} />
    </div>
  );
}
