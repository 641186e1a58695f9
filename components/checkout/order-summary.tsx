import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { CouponForm } from "@/components/cart/coupon-form";
import { LineControls } from "@/components/cart/line-controls";
import { formatRate } from "@/components/pricing/format";
import { cartCouponText } from "@/lib/cart/messages";
import type { CartView } from "@/lib/cart/queries";
import { maxLineQuantity } from "@/lib/cart/rules";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, type Money } from "@/lib/money";
import type { Quote, TaxRate } from "@/lib/pricing/types";
import { SummaryDisclosure } from "./summary-disclosure";

/**
 * The clickable order summary (A7): every line links to its product with the chosen options and can
 * be changed or removed in place; subtotal, savings, shipping, tax and total always in view.
 */
export async function OrderSummary({ cart, quote, taxRate, locale }: { cart: CartView; quote: Quote; taxRate: TaxRate | null; locale: Locale }) {
  const [t, tCart, tDelivery, tOptions, couponText] = await Promise.all([
    getTranslations("checkout"),
    getTranslations("cart"),
    getTranslations("delivery"),
    getTranslations("options"),
    cartCouponText(quote.coupon, locale),
  ]);
  const format = (value: Money) => formatMoney(value, localeTags[locale]);
  const optionText = (options: Record<string, string>) =>
    Object.entries(options)
      .map(([name, value]) => (name === "color" ? tOptions(`color.${value as "black"}`) : name === "size" ? tOptions(`size.${value as "M"}`) : value))
      .join(" · ");
  const items = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  return (
    <SummaryDisclosure
      heading={t("summary")}
      total={format(quote.total)}
      text={{ show: t("showSummary"), hide: t("hideSummary"), items: t("items", { count: items }) }}
    >
      <ul className="divide-y divide-line">
        {cart.lines.map((line) => {
          const priced = quote.lines.find((l) => l.variantId === line.variantId)!;
          const search = new URLSearchParams(line.options as Record<string, string>).toString();
          return (
            <li key={line.variantId} className="flex gap-3 py-3">
              {line.image ? <Image src={line.image.src} alt="" width={64} height={64} sizes="64px" className="h-16 w-16 rounded-md object-cover" /> : null}
              <div className="min-w-0 flex-1 space-y-1 text-sm">
                <Link href={`/p/${line.productSlug}${search ? `?${search}` : ""}`} className="font-semibold hover:underline">
                  {line.productName}
                </Link>
                {search ? <p className="text-muted">{optionText(line.options as Record<string, string>)}</p> : null}
                <LineControls
                  variantId={line.variantId}
                  quantity={line.quantity}
                  max={Math.min(maxLineQuantity, line.available)}
                  text={{
                    quantity: tCart("quantity"),
                    decrease: tCart("decrease", { name: line.productName }),
                    increase: tCart("increase", { name: line.productName }),
                    remove: tCart("remove", { name: line.productName }),
                  }}
                />
              </div>
              <p className="text-sm font-semibold">
                <span className="sr-only">{tCart("lineTotal")}: </span>
                {format(priced.total)}
              </p>
            </li>
          );
        })}
      </ul>
      <CouponForm
        applied={quote.coupon?.applied ? quote.coupon.code : null}
        notApplied={couponText.notApplied}
        text={{
          haveCode: tCart("haveCode"),
          code: tCart("code"),
          apply: tCart("apply"),
          remove: tCart("removeCode", { code: quote.coupon?.code ?? "" }),
          applied: couponText.applied,
        }}
      />
      <dl className="space-y-2 border-t border-line pt-3 text-sm">
        <Figure label={tCart("subtotal")} value={format(quote.subtotal)} />
        {quote.savings.amount > 0 ? <Figure label={tCart("savings")} value={`−${format(quote.savings)}`} tone="sale" /> : null}
        {quote.orderDiscount.amount > 0 && quote.coupon ? <Figure label={tCart("discount", { code: quote.coupon.code })} value={`−${format(quote.orderDiscount)}`} /> : null}
        <Figure
          label={tCart("shipping")}
          value={quote.selectedShipping ? (quote.selectedShipping.free ? tDelivery("free") : format(quote.selectedShipping.price)) : "—"}
        />
        <Figure
          label={taxRate ? `${tCart("tax")} (${formatRate(taxRate.rate, locale)})` : tCart("tax")}
          value={quote.tax.included && taxRate ? tCart("taxIncluded", { amount: format(quote.tax.total), tax: tDelivery(taxRate.label) }) : format(quote.tax.total)}
        />
        <div className="flex justify-between border-t border-line pt-3 text-lg font-bold">
          <dt>{tCart("total")}</dt>
          <dd>{format(quote.total)}</dd>
        </div>
      </dl>
    </SummaryDisclosure>
  );
}

function Figure({ label, value, tone }: { label: string; value: string; tone?: "sale" }) {
  return (
    <div className={`flex justify-between gap-3 ${tone === "sale" ? "text-sale" : ""}`}>
      <dt>{label}</dt>
      <dd className="text-end">{value}</dd>
    </div>
  );
}
