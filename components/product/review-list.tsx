import { useFormatter, useTranslations } from "next-intl";
import { Stars } from "@/components/ui/stars";
import type { Review } from "@/lib/catalog/types";
import { localeTags, isLocale } from "@/lib/i18n/locales";
import { Picture } from "@/components/ui/picture";

export function ReviewList({ reviews }: { reviews: Review[] }) {
  const t = useTranslations("product");
  const format = useFormatter();
  if (!reviews.length) return <p>{t("noReviews")}</p>;
  return (
    <ul className="divide-y divide-line">
      {reviews.map((review) => (
        <li key={review.id} className="py-5" lang={isLocale(review.locale) ? localeTags[review.locale] : undefined}>
          <article>
            <header className="mb-1 flex flex-wrap items-center gap-x-3 gap-y-1">
              <Stars rating={review.rating} />
              <span className="sr-only">{t("ratingLabel", { rating: review.rating })}</span>
              <h3 className="font-semibold">{review.title}</h3>
            </header>
            <p className="mb-2">{review.body}</p>
            {review.photos.length ? (
              <ul className="mb-2 flex gap-2">
                {review.photos.map((photo) => (
                  <li key={photo.src}>
                    <a href={photo.src} className="block overflow-hidden rounded-md border border-line">
                      <Picture src={photo.src} alt={t("reviewPhoto", { author: review.authorName })} width={96} height={96} sizes="96px" className="h-24 w-24 object-cover" />
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="text-sm text-muted">
              {review.authorName} · <time dateTime={review.createdAt}>{format.dateTime(new Date(review.createdAt), "short")}</time>
              {review.verifiedPurchase ? <span className="ms-2 font-medium text-ok">✓ {t("verified")}</span> : null}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
