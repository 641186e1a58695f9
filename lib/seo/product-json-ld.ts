import type { ProductDetail } from "@/lib/catalog/types";
import { toDecimalString } from "@/lib/money";

/** schema.org Product with offers, availability and ratings, for search engines' rich results. */
export function productJsonLd(product: ProductDetail, { url, siteUrl, brand }: { url: string; siteUrl: string; brand: string }) {
  const absolute = (path: string) => new URL(path, siteUrl).toString();
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.shortDescription,
    image: product.images.map((image) => absolute(image.src)),
    sku: product.variants[0]?.sku,
    brand: { "@type": "Brand", name: brand },
    category: product.category.name,
    url,
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      price: toDecimalString(variant.price),
      priceCurrency: variant.price.currency,
      availability: variant.available > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
      url,
    })),
    ...(product.rating.count && product.rating.average !== null
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: product.rating.average,
            reviewCount: product.rating.count,
            bestRating: 5,
            worstRating: 1,
          },
          review: product.reviews.slice(0, 5).map((review) => ({
            "@type": "Review",
            author: { "@type": "Person", name: review.authorName },
            datePublished: review.createdAt.slice(0, 10),
            name: review.title,
            reviewBody: review.body,
            reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
          })),
        }
      : {}),
  };
}

/** Serialises JSON-LD for a <script> tag without letting text close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
