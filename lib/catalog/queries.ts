import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { money } from "@/lib/money";
import { isColor, sizes, type OptionName } from "./options";
import { summarizeRatings } from "./ratings";
import type {
  CatalogImage,
  Category,
  FacetValues,
  ListingFilters,
  ProductCard,
  ProductDetail,
  Review,
  SortOrder,
  Variant,
} from "./types";

/*
 * Every query takes the locale and falls back to English where a translation is missing. Reviews:
 * only published ones are shown or counted (a review staff hid is kept, never shown).
 */

export async function listCategories(db: Executor, { locale }: { locale: Locale }): Promise<Category[]> {
  return queryRows<Category>(
    db,
    sql`select c.id, c.slug, c.image,
          coalesce(tl.name, te.name) as name, coalesce(tl.description, te.description) as description
        from categories c
        join category_translations te on te.category_id = c.id and te.locale = ${defaultLocale}
        left join category_translations tl on tl.category_id = c.id and tl.locale = ${locale}
        order by c.position, c.id`,
  );
}

interface CardRow {
  id: number;
  slug: string;
  name: string;
  shortDescription: string;
  categorySlug: string;
  imageSrc: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  minPrice: number;
  priceVariantId: number;
  maxPrice: number;
  compareAtPrice: number | null;
  currency: string;
  inStock: boolean;
  colors: string[] | null;
  ratingAverage: number | null;
  ratingCount: number;
  total: number;
}

export interface ProductListQuery {
  locale: Locale;
  categoryId?: number;
  filters?: ListingFilters;
  sort?: SortOrder;
  /** Full-text query already reduced to a tsquery string by `toPrefixQuery`. */
  textQuery?: string;
  featuredOnly?: boolean;
  onSaleOnly?: boolean;
  excludeIds?: number[];
  /** Only these products (e.g. a wishlist), in this order when sorted by "featured". */
  onlyIds?: number[];
  limit: number;
  offset?: number;
}

const orderBy: Record<SortOrder, SQL> = {
  featured: sql`p.featured desc, coalesce(r.rating_count, 0) desc, p.id`,
  newest: sql`p.created_at desc, p.id desc`,
  "price-asc": sql`v.min_price asc, p.id`,
  "price-desc": sql`v.min_price desc, p.id`,
  rating: sql`r.rating_average desc nulls last, r.rating_count desc, p.id`,
};

function variantFilter(filters: ListingFilters | undefined): SQL | undefined {
  if (!filters) return undefined;
  const conditions: SQL[] = [];
  if (filters.sizes.length) conditions.push(sql`fv.options->>'size' in (${sql.join(filters.sizes.map((s) => sql`${s}`), sql`, `)})`);
  if (filters.colors.length) conditions.push(sql`fv.options->>'color' in (${sql.join(filters.colors.map((c) => sql`${c}`), sql`, `)})`);
  if (filters.minPrice !== null) conditions.push(sql`fv.price >= ${filters.minPrice}`);
  if (filters.maxPrice !== null) conditions.push(sql`fv.price <= ${filters.maxPrice}`);
  if (filters.inStockOnly) conditions.push(sql`fi.on_hand - fi.reserved > 0`);
  if (!conditions.length) return undefined;
  return sql`exists (select 1 from variants fv join inventory fi on fi.variant_id = fv.id
                     where fv.product_id = p.id and ${sql.join(conditions, sql` and `)})`;
}

export async function listProducts(db: Executor, query: ProductListQuery): Promise<{ items: ProductCard[]; total: number }> {
  const where: SQL[] = [sql`p.status = 'active'`];
  if (query.categoryId !== undefined) where.push(sql`p.category_id = ${query.categoryId}`);
  if (query.featuredOnly) where.push(sql`p.featured`);
  if (query.onSaleOnly) where.push(sql`v.compare_at_price is not null`);
  if (query.excludeIds?.length) where.push(sql`p.id not in (${sql.join(query.excludeIds.map((id) => sql`${id}`), sql`, `)})`);
  if (query.onlyIds) {
    if (!query.onlyIds.length) return { items: [], total: 0 };
    where.push(sql`p.id in (${sql.join(query.onlyIds.map((id) => sql`${id}`), sql`, `)})`);
  }
  const filter = variantFilter(query.filters);
  if (filter) where.push(filter);
  if (query.textQuery) {
    where.push(sql`exists (select 1 from product_translations st where st.product_id = p.id
      and st.locale in (${query.locale}, ${defaultLocale})
      and to_tsvector('simple', st.name || ' ' || st.short_description) @@ to_tsquery('simple', ${query.textQuery}))`);
  }

  const rows = await queryRows<CardRow>(
    db,
    sql`select p.id, p.slug, c.slug as "categorySlug",
          coalesce(tl.name, te.name) as name,
          coalesce(tl.short_description, te.short_description) as "shortDescription",
          img.src as "imageSrc", img.width as "imageWidth", img.height as "imageHeight",
          v.min_price as "minPrice", v.price_variant_id as "priceVariantId", v.max_price as "maxPrice", v.compare_at_price as "compareAtPrice",
          v.currency, v.in_stock as "inStock", v.colors,
          r.rating_average as "ratingAverage", coalesce(r.rating_count, 0) as "ratingCount",
          (count(*) over ())::int as total
        from products p
        join categories c on c.id = p.category_id
        join product_translations te on te.product_id = p.id and te.locale = ${defaultLocale}
        left join product_translations tl on tl.product_id = p.id and tl.locale = ${query.locale}
        join lateral (
          select min(pv.price)::int as min_price, max(pv.price)::int as max_price,
                 (array_agg(pv.compare_at_price order by pv.price, pv.position))[1]::int as compare_at_price,
                 (array_agg(pv.id order by pv.price, pv.position))[1]::int as price_variant_id,
                 min(pv.currency) as currency,
                 bool_or(pi.on_hand - pi.reserved > 0) as in_stock,
                 array_remove(array_agg(distinct pv.options->>'color'), null) as colors
          from variants pv join inventory pi on pi.variant_id = pv.id
          where pv.product_id = p.id
        ) v on true
        left join lateral (
          select src, width, height from product_images where product_id = p.id order by position, id limit 1
        ) img on true
        left join lateral (
          select round(avg(rating)::numeric, 1)::float8 as rating_average, count(*)::int as rating_count
          from reviews where product_id = p.id and status = 'published'
        ) r on true
        where ${sql.join(where, sql` and `)}
        order by ${orderBy[query.sort ?? "featured"]}
        limit ${query.limit} offset ${query.offset ?? 0}`,
  );

  // A page past the end has no row to carry the window count: ask for the first row to learn the total.
  if (!rows.length && (query.offset ?? 0) > 0) {
    return { items: [], total: (await listProducts(db, { ...query, offset: 0, limit: 1 })).total };
  }
  const total = rows[0]?.total ?? 0;
  return { items: rows.map(toCard), total };
}

function toCard(row: CardRow): ProductCard {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortDescription: row.shortDescription,
    categorySlug: row.categorySlug,
    image: row.imageSrc
      ? { src: row.imageSrc, width: row.imageWidth ?? 800, height: row.imageHeight ?? 800, optionValue: null }
      : null,
    price: money(row.minPrice, row.currency),
    priceVariantId: row.priceVariantId,
    compareAtPrice: row.compareAtPrice === null ? null : money(row.compareAtPrice, row.currency),
    hasPriceRange: row.maxPrice > row.minPrice,
    rating: { average: row.ratingAverage, count: row.ratingCount },
    colors: (row.colors ?? []).filter(isColor),
    inStock: row.inStock,
  };
}

/** Size and colour values present in a category, for the listing filters. */
export async function listFacetValues(db: Executor, { categoryId }: { categoryId: number }): Promise<FacetValues> {
  const rows = await queryRows<{ name: string; value: string }>(
    db,
    sql`select distinct o.key as name, o.value as value
        from variants v join products p on p.id = v.product_id,
             jsonb_each_text(v.options) o
        where p.category_id = ${categoryId} and p.status = 'active'`,
  );
  const presentSizes = new Set(rows.filter((r) => r.name === "size").map((r) => r.value));
  return {
    sizes: sizes.filter((s) => presentSizes.has(s)),
    colors: rows
      .filter((r) => r.name === "color")
      .map((r) => r.value)
      .filter(isColor)
      .sort(),
  };
}

interface ProductRow {
  id: number;
  slug: string;
  name: string;
  shortDescription: string;
  description: string;
  descriptionLocale: Locale;
  categorySlug: string;
  categoryName: string;
  optionNames: OptionName[];
  purchaseLimit: number | null;
}

export async function getProduct(db: Executor, { slug, locale }: { slug: string; locale: Locale }): Promise<ProductDetail | null> {
  const [product] = await queryRows<ProductRow>(
    db,
    sql`select p.id, p.slug, p.option_names as "optionNames", p.purchase_limit as "purchaseLimit",
          coalesce(tl.name, te.name) as name,
          coalesce(tl.short_description, te.short_description) as "shortDescription",
          coalesce(tl.description, te.description) as description,
          -- The seed copies the English text where a translation is missing: the same words are English.
          case when tl.description is null or tl.description = te.description then ${defaultLocale} else ${locale} end as "descriptionLocale",
          c.slug as "categorySlug", coalesce(ctl.name, cte.name) as "categoryName"
        from products p
        join categories c on c.id = p.category_id
        join category_translations cte on cte.category_id = c.id and cte.locale = ${defaultLocale}
        left join category_translations ctl on ctl.category_id = c.id and ctl.locale = ${locale}
        join product_translations te on te.product_id = p.id and te.locale = ${defaultLocale}
        left join product_translations tl on tl.product_id = p.id and tl.locale = ${locale}
        where p.slug = ${slug} and p.status = 'active'`,
  );
  if (!product) return null;

  const [variantRows, images, reviewRows, histogramRows] = await Promise.all([
    queryRows<Omit<Variant, "price" | "compareAtPrice"> & { price: number; compareAtPrice: number | null; currency: string }>(
      db,
      sql`select v.id, v.sku, v.options, v.price, v.compare_at_price as "compareAtPrice", v.currency,
            v.weight_grams as "weightGrams", greatest(i.on_hand - i.reserved, 0) as available
          from variants v join inventory i on i.variant_id = v.id
          where v.product_id = ${product.id} order by v.position, v.id`,
    ),
    queryRows<CatalogImage>(
      db,
      sql`select src, width, height, option_value as "optionValue" from product_images
          where product_id = ${product.id} order by position, id`,
    ),
    queryRows<Review & { createdAt: string }>(
      db,
      sql`select id, author_name as "authorName", rating, title, body, locale, photos,
            verified_purchase as "verifiedPurchase", to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt"
          from reviews where product_id = ${product.id} and status = 'published'
          order by (locale = ${locale}) desc, created_at desc limit 50`,
    ),
    queryRows<{ rating: number; count: number }>(
      db,
      sql`select rating::int as rating, count(*)::int as count from reviews where product_id = ${product.id} and status = 'published' group by rating`,
    ),
  ]);

  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    shortDescription: product.shortDescription,
    description: product.description,
    descriptionLocale: product.descriptionLocale,
    category: { slug: product.categorySlug, name: product.categoryName },
    optionNames: product.optionNames,
    purchaseLimit: product.purchaseLimit,
    variants: variantRows.map((v) => ({
      id: v.id,
      sku: v.sku,
      options: v.options,
      price: money(v.price, v.currency),
      compareAtPrice: v.compareAtPrice === null ? null : money(v.compareAtPrice, v.currency),
      available: v.available,
      weightGrams: v.weightGrams,
    })),
    images,
    reviews: reviewRows,
    rating: summarizeRatings(histogramRows),
  };
}

/** Product names close to a query that found nothing ("did you mean"). */
export async function suggestProductNames(
  db: Executor,
  { query, locale, limit }: { query: string; locale: Locale; limit: number },
): Promise<{ slug: string; name: string }[]> {
  return queryRows<{ slug: string; name: string }>(
    db,
    sql`select slug, name from (
          select distinct on (p.id) p.slug, t.name, word_similarity(${query}, t.name) as score
          from product_translations t join products p on p.id = t.product_id
          where p.status = 'active' and t.locale in (${locale}, ${defaultLocale}) and ${query} <% t.name
          order by p.id, (t.locale = ${locale}) desc, score desc
        ) s order by score desc, name limit ${limit}`,
  );
}

export async function listProductSlugs(db: Executor): Promise<{ slug: string; updatedAt: string }[]> {
  return queryRows(
    db,
    sql`select slug, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as "updatedAt"
        from products where status = 'active' order by id`,
  );
}
