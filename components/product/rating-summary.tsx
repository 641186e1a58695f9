import { useTranslations } from "next-intl";
import { Stars } from "@/components/ui/stars";
import type { RatingSummary as Summary } from "@/lib/catalog/types";

/** Compact rating line under the product title, linking to the reviews (C3). */
export function RatingLine({ rating }: { rating: Summary }) {
  const t = useTranslations("product");
  if (!rating.count || rating.average === null) return <p className="text-sm text-muted">{t("noReviews")}</p>;
  return (
    <a href="#reviews" className="inline-flex items-center gap-2 text-sm hover:underline">
      <Stars rating={rating.average} className="text-base" />
      <span>{t("ratingSummary", { rating: rating.average, count: rating.count })}</span>
    </a>
  );
}

export function RatingHistogram({ rating }: { rating: Summary }) {
  const t = useTranslations("product");
  if (!rating.count || rating.average === null) return null;
  return (
    <div className="space-y-2">
      <p className="flex items-center gap-2 text-lg font-semibold">
        <Stars rating={rating.average} />
        {t("ratingSummary", { rating: rating.average, count: rating.count })}
      </p>
      <dl className="space-y-1 text-sm">
        {[5, 4, 3, 2, 1].map((stars) => {
          const count = rating.histogram[stars - 1] ?? 0;
          return (
            <div key={stars} className="flex items-center gap-2">
              <dt className="w-16 shrink-0">{t("starsRow", { stars })}</dt>
              <dd className="flex flex-1 items-center gap-2">
                <span aria-hidden="true" className="h-2 flex-1 overflow-hidden rounded bg-line">
                  <span className="block h-full bg-warn" style={{ width: `${(count / rating.count) * 100}%` }} />
                </span>
                <span className="w-20 shrink-0 text-muted">{t("starsCount", { count })}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
