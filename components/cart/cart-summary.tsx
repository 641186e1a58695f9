import { getTranslations } from "next-intl/server";
import { formatWindow } from "@/lib/pricing/format";
import { DeliverToControl } from "@/components/pricing/deliver-to-control";
import { QuoteTotals } from "@/components/pricing/quote-totals";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import type { ShopperPricing } from "@/lib/pricing/shopper";
import type { TaxLine } from "@/lib/pricing/tax-line";
import type { Quote } from "@/lib/pricing/types";
import { CartCoupon } from "./cart-coupon";
import { FreeShippingProgress } from "./free-shipping-progress";
import { PushReminder } from "@/components/recovery/push-reminder";
import { HandoffPanel } from "./handoff-panel";
import { Exposure } from "@/components/experiments/exposure";
import type { ShownArm } from "@/lib/experiments/current";
import { freeShippingProgress } from "@/lib/pricing/shipping";
import { ShippingChoice } from "./shipping-choice";

/** The visitor's arms of experiments on the cart's elements (G4). */
export interface CartArms {
  checkout: ShownArm<"cart_checkout_cta"> | null;
  freeShipping: ShownArm<"free_shipping_message"> | null;
}

/** The cart's summary: where it goes, free-shipping progress, delivery method, code, totals, "Checkout", "continue on another device" and a reminder by push. */
export async function CartSummary({ quote, tax, pricing, locale, arms }: { quote: Quote; tax: TaxLine; pricing: ShopperPricing; locale: Locale; arms: CartArms }) {
  const checkoutArm = arms.checkout;
  const freeShippingShown = arms.freeShipping?.value ?? "amountAndBar";
  // An experiment on the free-shipping message is shown where the message is or would be, in every arm ("no message" too).
  const freeShippingExperiment = arms.freeShipping && freeShippingProgress(quote, pricing.rules.methods) ? arms.freeShipping.experimentKey : null;
  const [t, tDelivery, tHandoff, tCheckout, tReminders] = await Promise.all([
    getTranslations("cart"),
    getTranslations("delivery"),
    getTranslations("handoff"),
    getTranslations("checkout"),
    getTranslations("cartReminders"),
  ]);
  return (
    <aside aria-labelledby="summary-heading" className="space-y-5 rounded-lg border border-line bg-white p-5">
      <Exposure experimentKey={freeShippingExperiment}>
        <h2 id="summary-heading" className="text-xl font-bold">
          {t("summary")}
        </h2>
      </Exposure>
      <DeliverToControl pricing={pricing} locale={locale} idPrefix="cart-deliver" inline />
      {freeShippingShown === "hidden" ? null : (
        <FreeShippingProgress quote={quote} methods={pricing.rules.methods} currency={pricing.rules.currency} locale={locale} bar={freeShippingShown === "amountAndBar"} />
      )}
      {quote.shippingOptions.length ? (
        <ShippingChoice
          selected={quote.selectedShipping?.methodId ?? null}
          text={{ legend: t("shippingMethod"), update: t("chooseShipping") }}
          options={quote.shippingOptions.map((option) => ({
            methodId: option.methodId,
            label: tDelivery("carrier", { service: tDelivery(option.service), carrier: option.carrier }),
            detail: tDelivery("arrives", formatWindow(option.window, locale)),
            price: option.free ? tDelivery("free") : formatMoney(option.price, localeTags[locale]),
          }))}
        />
      ) : pricing.destination ? (
        <p className="text-sm text-sale">{t("noShipping")}</p>
      ) : null}
      <CartCoupon quote={quote} locale={locale} />
      <QuoteTotals quote={quote} tax={tax} locale={locale} zipPrompt />
      <Exposure experimentKey={checkoutArm?.experimentKey ?? null}>
        <Link id="cart-checkout" href="/checkout" className="btn-primary w-full text-lg">
          {checkoutArm && checkoutArm.value !== "checkout" ? t(`checkoutArms.${checkoutArm.value}`) : t("checkout")}
        </Link>
      </Exposure>
      <p className="text-center text-sm text-muted">{t("secureCheckout")}</p>
      <HandoffPanel
        text={{
          title: tHandoff("title"),
          intro: tHandoff("intro"),
          showLink: tHandoff("showLink"),
          linkLabel: tHandoff("linkLabel"),
          copy: tHandoff("copy"),
          copied: tHandoff("copied"),
          qrAlt: tHandoff("qrAlt"),
          emailLabel: tHandoff("emailLabel"),
          emailField: tHandoff("emailField"),
          emailSend: tHandoff("emailSend"),
          expiresAt: tHandoff.raw("expiresAt") as string,
          emailSuggestion: tCheckout.raw("emailSuggestion") as string,
        }}
      />
      <PushReminder
        text={{
          title: tReminders("title"),
          hint: tReminders("hint"),
          turnOn: tReminders("turnOn"),
          on: tReminders("on"),
          turnOff: tReminders("turnOff"),
          off: tReminders("off"),
          blocked: tReminders("blocked"),
          failed: tReminders("failed"),
          unsupported: tReminders("unsupported"),
        }}
      />
    </aside>
  );
}
