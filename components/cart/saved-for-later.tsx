import { getTranslations } from "next-intl/server";
import type { SavedItemView } from "@/lib/cart/saved";
import { moveToCart, removeSavedItem } from "@/lib/cart/saved-actions";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import { marketUnitPrice } from "@/lib/pricing/quote";
import { priceContext, type ShopperPricing } from "@/lib/pricing/shopper";
import { ItemAction } from "./item-action";
import { OptionValue } from "./option-value";
import { Picture } from "@/components/ui/picture";

/** "Saved for later": each item at today's price, with "Move to cart" and "Remove". Nothing when there is none. */
export async function SavedForLater({ saved, pricing, locale }: { saved: SavedItemView[]; pricing: ShopperPricing; locale: Locale }) {
  if (!saved.length) return null;
  const t = await getTranslations("cart");
  return (
    <section aria-labelledby="saved-heading" className="mt-10">
      <h2 id="saved-heading" className="mb-3 text-xl font-bold">
        {t("savedTitle")}
      </h2>
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {saved.map((item) => (
          <li key={item.variantId} className="flex flex-wrap items-center gap-4 p-4">
            {item.image ? <Picture src={item.image.src} alt="" width={64} height={64} sizes="64px" className="h-16 w-16 rounded-md object-cover" /> : null}
            <div className="flex-1">
              <Link href={`/p/${item.productSlug}?${new URLSearchParams(item.options as Record<string, string>)}`} className="font-semibold hover:underline">
                {item.productName}
              </Link>
              <p className="text-sm text-muted">
                {Object.entries(item.options).map(([name, value]) => (
                  <OptionValue key={name} name={name} value={value} />
                ))}
              </p>
              <p className="text-sm">{formatMoney(marketUnitPrice(item, priceContext(pricing)), localeTags[locale])}</p>
            </div>
            <ItemAction action={moveToCart} fields={{ variantId: item.variantId }} label={t("moveToCart")} className="btn-secondary" />
            <ItemAction action={removeSavedItem} fields={{ variantId: item.variantId }} label={t("removeSaved")} />
          </li>
        ))}
      </ul>
    </section>
  );
}
