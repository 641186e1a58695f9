import { getTranslations } from "next-intl/server";
import { CartCoupon } from "@/components/cart/cart-coupon";
import { CartLine } from "@/components/cart/cart-line";
import { QuoteTotals } from "@/components/pricing/quote-totals";
import type { CartView } from "@/lib/cart/queries";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import type { TaxLine } from "@/lib/pricing/tax-line";
import type { Quote } from "@/lib/pricing/types";
import { SummaryDisclosure } from "./summary-disclosure";

/**
 * The clickable order summary (A7): every line links to its product with the chosen options and can
 * be changed or removed in place; subtotal, savings, shipping, tax and total always in view.
 */
export async function OrderSummary({ cart, quote, tax, locale }: { cart: CartView; quote: Quote; tax: TaxLine; locale: Locale }) {
  const t = await getTranslations("checkout");
  const items = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <SummaryDisclosure
      heading={t("summary")}
      total={formatMoney(quote.total, localeTags[locale])}
      text={{ show: t("showSummary"), hide: t("hideSummary"), items: t("items", { count: items }) }}
    >
      <ul className="divide-y divide-line">
        {cart.lines.map((line) => (
          <CartLine
            key={line.variantId}
            line={line}
            total={quote.lines.find((l) => l.variantId === line.variantId)!.total}
            locale={locale}
            size="compact"
            heading="h3"
          />
        ))}
      </ul>
      <CartCoupon quote={quote} locale={locale} />
      <div className="border-t border-line pt-3">
        <QuoteTotals quote={quote} tax={tax} locale={locale} />
      </div>
    </SummaryDisclosure>
  );
}
