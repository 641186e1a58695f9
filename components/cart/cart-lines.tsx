import { getTranslations } from "next-intl/server";
import type { CartView } from "@/lib/cart/queries";
import { saveForLater } from "@/lib/cart/saved-actions";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, type Money } from "@/lib/money";
import { marketUnitPrice } from "@/lib/pricing/quote";
import { priceContext, type ShopperPricing } from "@/lib/pricing/shopper";
import type { Quote } from "@/lib/pricing/types";
import { CartLine } from "./cart-line";
import { ItemAction } from "./item-action";

/** The cart's lines at the quote's prices, each with its stepper and "Save for later"; a price that moved since it was added is said. */
export async function CartLines({ cart, quote, pricing, locale }: { cart: CartView; quote: Quote; pricing: ShopperPricing; locale: Locale }) {
  const t = await getTranslations("cart");
  const format = (value: Money) => formatMoney(value, localeTags[locale]);
  const prices = priceContext(pricing);
  return (
    <section aria-label={t("title")}>
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {cart.lines.map((line) => {
          const priced = quote.lines.find((l) => l.variantId === line.variantId)!;
          // The price the shopper saw when adding the line, in today's market terms; only said when it differs.
          const seen = line.unitPriceSeen !== line.unitPrice ? marketUnitPrice({ ...line, unitPrice: line.unitPriceSeen }, prices) : null;
          return (
            <CartLine
              key={line.variantId}
              line={line}
              total={priced.total}
              locale={locale}
              size="full"
              heading="h2"
              notes={
                <>
                  <p className="text-sm">{format(priced.unitPrice)}</p>
                  {seen && seen.amount !== priced.unitPrice.amount ? <p className="text-sm text-warn">{t("priceChanged", { price: format(seen) })}</p> : null}
                  {line.available <= 5 ? <p className="text-sm text-warn">{t("lowStock", { count: line.available })}</p> : null}
                </>
              }
              actions={<ItemAction action={saveForLater} fields={{ variantId: line.variantId }} label={t("saveForLater")} />}
            />
          );
        })}
      </ul>
    </section>
  );
}
