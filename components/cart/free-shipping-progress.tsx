import { getTranslations } from "next-intl/server";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { freeShippingProgress } from "@/lib/pricing/shipping";
import type { ShippingMethod, Quote } from "@/lib/pricing/types";

/**
 * "Add $12 more for free shipping" and its bar (or the words alone, as an experiment's arm may show
 * it); nothing where standard shipping is never free.
 */
export async function FreeShippingProgress({ quote, methods, currency, locale, bar = true }: { quote: Quote; methods: ShippingMethod[]; currency: string; locale: Locale; bar?: boolean }) {
  const progress = freeShippingProgress(quote, methods);
  if (!progress) return null;
  const t = await getTranslations("cart");
  const format = (amount: number) => formatMoney(money(amount, currency), localeTags[locale]);
  return (
    <div>
      <p className="text-sm font-medium">{progress.remaining === 0 ? t("freeShippingReached") : t("freeShippingProgress", { amount: format(progress.remaining) })}</p>
      {bar ? (
        <div
          role="progressbar"
          aria-label={t("freeShippingBar")}
          aria-valuemin={0}
          aria-valuemax={progress.threshold}
          aria-valuenow={Math.min(progress.counted, progress.threshold)}
          aria-valuetext={format(Math.min(progress.counted, progress.threshold))}
          className="mt-1 h-2 overflow-hidden rounded bg-line"
        >
          <div className="h-full bg-ok" style={{ width: `${Math.min(100, (progress.counted / progress.threshold) * 100)}%` }} />
        </div>
      ) : null}
    </div>
  );
}
