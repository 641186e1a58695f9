import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, type Money } from "@/lib/money";
import { taxLabelText, taxValueText, totalBeforeTax, type TaxLine } from "@/lib/pricing/tax-line";
import type { Quote } from "@/lib/pricing/types";
import { ZipPrompt } from "./zip-prompt";

/**
 * Subtotal, savings, discount, shipping, tax and total of a quote: the same lines in the cart and
 * the checkout summary, so the figure a shopper sees first is the one they pay (B1, B2).
 * `zipPrompt` puts the one ZIP field right at the tax line when the state is unknown (the cart).
 */
export async function QuoteTotals({ quote, tax, locale, zipPrompt = false }: { quote: Quote; tax: TaxLine; locale: Locale; zipPrompt?: boolean }) {
  const [t, tDelivery] = await Promise.all([getTranslations("cart"), getTranslations("delivery")]);
  const format = (value: Money) => formatMoney(value, localeTags[locale]);
  const taxValue = taxValueText(tax, { cart: (key, values) => t(key, values), delivery: (key) => tDelivery(key) }, format);
  return (
    <dl className="space-y-2 text-sm">
      <Row label={t("subtotal")} value={format(quote.subtotal)} />
      {quote.savings.amount > 0 ? <Row label={t("savings")} value={`−${format(quote.savings)}`} tone="sale" /> : null}
      {quote.orderDiscount.amount > 0 && quote.coupon ? <Row label={t("discount", { code: quote.coupon.code })} value={`−${format(quote.orderDiscount)}`} /> : null}
      <Row label={t("shipping")} value={quote.selectedShipping ? (quote.selectedShipping.free ? tDelivery("free") : format(quote.selectedShipping.price)) : "—"} />
      <Row
        label={taxLabelText(tax.label, (key, values) => t(key, values), localeTags[locale])}
        value={taxValue}
        more={
          tax.kind === "added" && tax.estimatedFrom ? (
            <span className="text-muted">{t(`taxEstimatedFrom.${tax.estimatedFrom}`)}</span>
          ) : tax.kind === "needs_region" && zipPrompt && quote.destination ? (
            <ZipPrompt country={quote.destination.country} text={{ label: t("taxZip"), submit: t("taxZipSubmit"), error: t("taxZipError") }} />
          ) : null
        }
      />
      <div className="flex justify-between gap-3 border-t border-line pt-3 text-lg font-bold">
        <dt>{totalBeforeTax(tax) ? t("totalBeforeTax") : t("total")}</dt>
        <dd className="text-end">{format(quote.total)}</dd>
      </div>
    </dl>
  );
}

/** One figure; `more` (a note, the ZIP field) goes in a second description on its own line. */
function Row({ label, value, tone, more }: { label: string; value: string; tone?: "sale"; more?: React.ReactNode }) {
  return (
    <div className={`flex flex-wrap justify-between gap-x-3 ${tone === "sale" ? "text-sale" : ""}`}>
      <dt>{label}</dt>
      <dd className="text-end">{value}</dd>
      {more ? <dd className="basis-full">{more}</dd> : null}
    </div>
  );
}
