import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { CouponForm } from "@/components/cart/coupon-form";
import { LineControls } from "@/components/cart/line-controls";
import { QuoteTotals } from "@/components/pricing/quote-totals";
import { cartCouponText } from "@/lib/cart/messages";
import type { CartView } from "@/lib/cart/queries";
import { maxLineQuantity } from "@/lib/cart/rules";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, type Money } from "@/lib/money";
import type { TaxLine } from "@/lib/pricing/tax-line";
import type { Quote } from "@/lib/pricing/types";
import { SummaryDisclosure } from "./summary-disclosure";

/**
 * The clickable order summary (A7): every line links to its product with the chosen options and can
 * be changed or removed in place; subtotal, savings, shipping, tax and total always in view.
 */
export async function OrderSummary({ cart, quote, tax, locale }: { cart: CartView; quote: Quote; tax: TaxLine; locale: Locale }) {
  const [t, tCart, tOptions, couponText] = await Promise.all([
    getTranslations("checkout"),
    getTranslations("cart"),
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
            <li key={line.variantId} className="grid grid-cols-[4rem_minmax(0,1fr)_auto] gap-x-3 gap-y-1 py-3 text-sm">
              <div>{line.image ? <Image src={line.image.src} alt="" width={64} height={64} sizes="64px" className="h-16 w-16 rounded-md object-cover" /> : null}</div>
              <div className="space-y-1">
                <Link href={`/p/${line.productSlug}${search ? `?${search}` : ""}`} className="font-semibold hover:underline">
                  {line.productName}
                </Link>
                {search ? <p className="text-muted">{optionText(line.options as Record<string, string>)}</p> : null}
              </div>
              <p className="text-end font-semibold">
                <span className="sr-only">{tCart("lineTotal")}: </span>
                {format(priced.total)}
              </p>
              {/* The stepper spans the line below its name so each button keeps its 44 px. */}
              <div className="col-span-3 sm:col-span-2 sm:col-start-2">
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
      <div className="border-t border-line pt-3">
        <QuoteTotals quote={quote} tax={tax} locale={locale} />
      </div>
    </SummaryDisclosure>
  );
}
