import { useTranslations } from "next-intl";
import { WishlistButton } from "@/components/cart/wishlist-button";
import { TaxNote } from "@/components/pricing/tax-note";
import { Picture } from "@/components/ui/picture";
import { SalePrice } from "@/components/ui/price";
import { Stars } from "@/components/ui/stars";
import { colors as swatches } from "@/lib/catalog/options";
import { optionsFromFilters } from "@/lib/catalog/listing-query";
import type { ListingFilters, ProductCard as Card } from "@/lib/catalog/types";
import { Link } from "@/lib/i18n/navigation";
import { displayPrice } from "@/lib/pricing/quote";

type PriceContext = Parameters<typeof displayPrice>[1];

export function ProductCard({
  product,
  firstRow = false,
  prices,
  wishlisted,
  filters,
}: {
  product: Card;
  /** In the grid's first row on a phone: its image loads eagerly, at high priority. */
  firstRow?: boolean;
  prices: PriceContext;
  /** Undefined on a cached page: the shopper's own list (components/shopper) tells. */
  wishlisted: boolean | undefined;
  /** The listing's size and colour filters: the link opens the product on them. */
  filters?: Pick<ListingFilters, "sizes" | "colors">;
}) {
  const t = useTranslations();
  const shown = displayPrice(
    { variantId: product.priceVariantId, unitPrice: product.price.amount, compareAtPrice: product.compareAtPrice?.amount ?? null, categorySlug: product.categorySlug },
    prices,
  );
  const onSale = shown.compareAt !== null;
  const chosen = new URLSearchParams(filters ? optionsFromFilters(filters, product.colors) : {}).toString();
  return (
    <article className="group relative flex flex-col rounded-lg border border-line bg-white">
      <div className="relative aspect-square overflow-hidden rounded-t-lg bg-brand-soft">
        {product.image ? (
          <Picture
            src={product.image.src}
            alt=""
            width={product.image.width}
            height={product.image.height}
            sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw"
            className="h-full w-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
            // The first row may be the page's LCP: fetched at once and first. Not preloaded: which card
            // is the LCP depends on the viewport, and the grid's images are in the HTML anyway.
            loading={firstRow ? "eager" : "lazy"}
            fetchPriority={firstRow ? "high" : "auto"}
          />
        ) : null}
        {onSale ? (
          <span className="absolute start-2 top-2 rounded bg-sale px-2 py-0.5 text-xs font-semibold text-white">
            {t("product.sale")}
          </span>
        ) : null}
        <WishlistButton
          productId={product.id}
          on={wishlisted}
          className="absolute bottom-2 end-2 z-10"
          labels={{ add: t("cart.addToWishlist", { name: product.name }), remove: t("cart.removeFromWishlist", { name: product.name }) }}
        />
        {!product.inStock ? (
          <span className="absolute end-2 top-2 rounded bg-ink px-2 py-0.5 text-xs font-semibold text-white">
            {t("product.soldOut")}
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1.5 p-3">
        <h3 className="text-sm font-semibold leading-snug">
          <Link href={`/p/${product.slug}${chosen ? `?${chosen}` : ""}`} prefetch={false} className="after:absolute after:inset-0 hover:underline">
            {product.name}
          </Link>
        </h3>
        {product.rating.count > 0 && product.rating.average !== null ? (
          <p className="flex items-center gap-1 text-xs text-muted">
            <Stars rating={product.rating.average} />
            <span className="sr-only">{t("product.ratingLabel", { rating: product.rating.average })}</span>
            <span>({t("product.reviewCount", { count: product.rating.count })})</span>
          </p>
        ) : null}
        <div className="mt-auto">
          <SalePrice price={shown.price} compareAt={shown.compareAt} prefixFrom={product.hasPriceRange} />
          <TaxNote rate={prices.rate} />
        </div>
        {product.colors.length > 1 ? (
          <ul className="flex gap-1" aria-label={t("options.color.label")}>
            {product.colors.map((color) => (
              <li key={color}>
                <span
                  className="block h-3.5 w-3.5 rounded-full border border-muted"
                  style={{ backgroundColor: swatches[color] }}
                  title={t(`options.color.${color}`)}
                />
                <span className="sr-only">{t(`options.color.${color}`)}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}

export function ProductGrid({
  products,
  prices,
  wishlist,
  priorityCount = 0,
  filters,
}: {
  products: Card[];
  prices: PriceContext;
  /** Product ids on the visitor's wishlist; left out on a cached page. */
  wishlist?: number[];
  /** How many cards start the grid at high priority: the phone's first row (2) where the grid is the LCP. */
  priorityCount?: number;
  filters?: Pick<ListingFilters, "sizes" | "colors">;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 lg:gap-5">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <div className="w-full">
            <ProductCard product={product} prices={prices} wishlisted={wishlist?.includes(product.id)} firstRow={index < priorityCount} filters={filters} />
          </div>
        </li>
      ))}
    </ul>
  );
}
