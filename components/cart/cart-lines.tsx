import Image from "next/image";
import { getTranslations } from "next-intl/server";
import type { CartView } from "@/lib/cart/queries";
import { maxLineQuantity } from "@/lib/cart/rules";
import { saveForLater } from "@/lib/cart/saved-actions";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, type Money } from "@/lib/money";
import { marketUnitPrice } from "@/lib/pricing/quote";
import { priceContext, type ShopperPricing } from "@/lib/pricing/shopper";
import type { Quote } from "@/lib/pricing/types";
import { ItemAction } from "./item-action";
import { LineControls } from "./line-controls";
import { OptionValue } from "./option-value";

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
          const options = Object.entries(line.options);
          const search = new URLSearchParams(line.options as Record<string, string>).toString();
          const href = `/p/${line.productSlug}${search ? `?${search}` : ""}`;
          return (
            <li key={line.variantId} className="grid grid-cols-[4rem_minmax(0,1fr)_auto] gap-x-3 gap-y-2 p-4 sm:grid-cols-[6rem_minmax(0,1fr)_auto] sm:gap-x-4">
              <div className="sm:row-span-2">
                {line.image ? (
                  <Image src={line.image.src} alt="" width={96} height={96} sizes="(min-width: 640px) 96px, 64px" className="h-16 w-16 rounded-md object-cover sm:h-24 sm:w-24" />
                ) : null}
              </div>
              <div className="space-y-1">
                <h2 className="font-semibold">
                  <Link href={href} className="hover:underline">
                    {line.productName}
                  </Link>
                </h2>
                {options.length ? <p className="text-sm text-muted">{options.map(([name, value]) => <OptionValue key={name} name={name} value={value} />)}</p> : null}
                <p className="text-sm">{format(priced.unitPrice)}</p>
                {seen && seen.amount !== priced.unitPrice.amount ? <p className="text-sm text-warn">{t("priceChanged", { price: format(seen) })}</p> : null}
                {line.available <= 5 ? <p className="text-sm text-warn">{t("lowStock", { count: line.available })}</p> : null}
              </div>
              <p className="text-end font-semibold">
                <span className="sr-only">{t("lineTotal")}: </span>
                {format(priced.total)}
              </p>
              {/* On phones the stepper gets the card's full width below the name, never squeezed beside it. */}
              <div className="col-span-3 flex flex-wrap items-center gap-x-4 gap-y-1 sm:col-span-2">
                <LineControls
                  variantId={line.variantId}
                  quantity={line.quantity}
                  max={Math.min(maxLineQuantity, line.available)}
                  text={{
                    quantity: t("quantity"),
                    decrease: t("decrease", { name: line.productName }),
                    increase: t("increase", { name: line.productName }),
                    remove: t("remove", { name: line.productName }),
                  }}
                />
                <ItemAction action={saveForLater} fields={{ variantId: line.variantId }} label={t("saveForLater")} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
