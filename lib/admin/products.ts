import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { locales, type Locale } from "@/lib/i18n/locales";
import { recordAudit, type Actor } from "./audit";
import { productStatuses } from "./catalog-csv";

export { productStatuses };

export const productListQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(productStatuses).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ProductListQuery = z.infer<typeof productListQuery>;
export const productPageSize = 25;

export interface ProductListRow {
  slug: string;
  name: string;
  category: string;
  status: (typeof productStatuses)[number];
  variants: number;
  minPrice: number;
  maxPrice: number;
  currency: string;
  stock: number;
}

/** A page of products, searched by name, slug or SKU, with their price range and stock on hand. */
export async function listProducts(db: Executor, query: ProductListQuery): Promise<{ rows: ProductListRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    where.push(sql`(t.name ilike ${like} or p.slug ilike ${like} or exists (select 1 from variants v where v.product_id = p.id and v.sku ilike ${like}))`);
  }
  if (query.status) where.push(sql`p.status = ${query.status}`);
  const condition = sql.join(where, sql` and `);
  const [rows, [count]] = await Promise.all([
    queryRows<ProductListRow>(
      db,
      sql`select p.slug, t.name, c.slug as category, p.status, count(v.id)::int as variants, min(v.price)::int as "minPrice", max(v.price)::int as "maxPrice",
                 min(v.currency) as currency, coalesce(sum(i.on_hand), 0)::int as stock
          from products p join product_translations t on t.product_id = p.id and t.locale = 'en' join categories c on c.id = p.category_id
          left join variants v on v.product_id = p.id left join inventory i on i.variant_id = v.id
          where ${condition} group by p.id, t.name, c.slug order by t.name
          limit ${productPageSize} offset ${(query.page - 1) * productPageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from products p join product_translations t on t.product_id = p.id and t.locale = 'en' where ${condition}`),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export interface ProductText {
  name: string;
  shortDescription: string;
  description: string;
}

export interface EditableProduct {
  slug: string;
  version: number;
  status: (typeof productStatuses)[number];
  featured: boolean;
  purchaseLimit: number | null;
  category: string;
  text: Partial<Record<Locale, ProductText>>;
  variants: { sku: string; options: Record<string, string>; price: number; compareAtPrice: number | null; currency: string; onHand: number; reserved: number }[];
  categories: { slug: string; name: string }[];
}

/** A product as the edit form shows it: every language's text, every variant with its stock, and the categories to choose from. */
export async function loadEditableProduct(db: Executor, slug: string): Promise<EditableProduct | null> {
  const [product] = await queryRows<Omit<EditableProduct, "text" | "variants" | "categories"> & { id: number }>(
    db,
    sql`select p.id, p.slug, p.version, p.status, p.featured, p.purchase_limit as "purchaseLimit", c.slug as category
        from products p join categories c on c.id = p.category_id where p.slug = ${slug}`,
  );
  if (!product) return null;
  const { id: productId, ...fields } = product;
  const [texts, variants, categories] = await Promise.all([
    queryRows<ProductText & { locale: Locale }>(
      db,
      sql`select locale, name, short_description as "shortDescription", description from product_translations where product_id = ${productId}`,
    ),
    queryRows<EditableProduct["variants"][number]>(
      db,
      sql`select v.sku, v.options, v.price, v.compare_at_price as "compareAtPrice", v.currency, coalesce(i.on_hand, 0) as "onHand", coalesce(i.reserved, 0) as reserved
          from variants v left join inventory i on i.variant_id = v.id where v.product_id = ${productId} order by v.position, v.sku`,
    ),
    queryRows<{ slug: string; name: string }>(
      db,
      sql`select c.slug, t.name from categories c join category_translations t on t.category_id = c.id and t.locale = 'en' order by t.name`,
    ),
  ]);
  return { ...fields, text: Object.fromEntries(texts.map(({ locale, ...text }) => [locale, text])), variants, categories };
}

/** The most a price may be (minor units): anything above is a typo, not a product. */
export const maxPrice = 100_000_000;
export const maxStock = 1_000_000;

export const productChanges = z.object({
  status: z.enum(productStatuses),
  featured: z.boolean(),
  purchaseLimit: z.number().int().min(1).max(1000).nullable(),
  category: z.string().min(1).max(120),
  text: z.object(Object.fromEntries(locales.map((locale) => [locale, z.object({ name: z.string().max(200), shortDescription: z.string().max(300), description: z.string().max(5000) })])) as Record<
    Locale,
    z.ZodObject<{ name: z.ZodString; shortDescription: z.ZodString; description: z.ZodString }>
  >),
  variants: z.array(z.object({ sku: z.string().min(1).max(64), price: z.number().int().min(1).max(maxPrice), compareAtPrice: z.number().int().min(1).max(maxPrice).nullable(), onHand: z.number().int().min(0).max(maxStock) })).max(500),
});
export type ProductChanges = z.infer<typeof productChanges>;

export type ProductSaveResult =
  | { ok: true; version: number }
  | { ok: false; reason: "not_found" | "conflict" | "unknown_category" }
  | { ok: false; reason: "invalid"; fields: Record<string, "english_name_required" | "compare_at_not_above" | "below_reserved" | "unknown_sku"> };

/**
 * Saves an edit made on `version` of the product. Another staff member's save in between bumped the
 * version: this one is refused as a conflict (nothing written), so no change is silently lost. One
 * transaction; the audit row keeps the product as it was and as it became. The store's cached pages
 * follow by themselves: the catalog tables announce each change (migration 0012).
 */
export async function saveProduct(
  db: Executor,
  { slug, version, changes, actor, now = new Date() }: { slug: string; version: number; changes: ProductChanges; actor: Actor; now?: Date },
): Promise<ProductSaveResult> {
  return db.transaction(async (tx) => {
    const before = await loadEditableProduct(tx, slug);
    if (!before) return { ok: false, reason: "not_found" };
    const fields: Record<string, "english_name_required" | "compare_at_not_above" | "below_reserved" | "unknown_sku"> = {};
    if (!changes.text.en.name.trim()) fields["name_en"] = "english_name_required";
    for (const variant of changes.variants) {
      const current = before.variants.find((existing) => existing.sku === variant.sku);
      if (!current) fields[`price:${variant.sku}`] = "unknown_sku";
      else if (variant.onHand < current.reserved) fields[`stock:${variant.sku}`] = "below_reserved";
      if (variant.compareAtPrice !== null && variant.compareAtPrice <= variant.price) fields[`compareAt:${variant.sku}`] = "compare_at_not_above";
    }
    if (Object.keys(fields).length) return { ok: false, reason: "invalid", fields };
    const [category] = await queryRows<{ id: number }>(tx, sql`select id from categories where slug = ${changes.category}`);
    if (!category) return { ok: false, reason: "unknown_category" };

    const [bumped] = await queryRows<{ version: number }>(
      tx,
      sql`update products set status = ${changes.status}, featured = ${changes.featured}, purchase_limit = ${changes.purchaseLimit}, category_id = ${category.id},
                              version = version + 1, updated_at = ${now.toISOString()}::timestamptz
          where slug = ${slug} and version = ${version} returning version`,
    );
    if (!bumped) return { ok: false, reason: "conflict" };
    const [{ id }] = (await queryRows<{ id: number }>(tx, sql`select id from products where slug = ${slug}`)) as [{ id: number }];
    for (const locale of locales) {
      const text = changes.text[locale];
      if (locale !== "en" && !text.name.trim()) {
        await tx.execute(sql`delete from product_translations where product_id = ${id} and locale = ${locale}`);
        continue;
      }
      await tx.execute(
        sql`insert into product_translations (product_id, locale, name, short_description, description)
            values (${id}, ${locale}, ${text.name.trim()}, ${text.shortDescription.trim()}, ${text.description.trim()})
            on conflict (product_id, locale) do update set name = excluded.name, short_description = excluded.short_description, description = excluded.description
            where (product_translations.name, product_translations.short_description, product_translations.description)
                  is distinct from (excluded.name, excluded.short_description, excluded.description)`,
      );
    }
    for (const variant of changes.variants) {
      await tx.execute(
        sql`update variants set price = ${variant.price}, compare_at_price = ${variant.compareAtPrice}
            where product_id = ${id} and sku = ${variant.sku} and (price, compare_at_price) is distinct from (${variant.price}::int, ${variant.compareAtPrice}::int)`,
      );
      await tx.execute(
        sql`update inventory i set on_hand = ${variant.onHand} from variants v
            where v.id = i.variant_id and v.product_id = ${id} and v.sku = ${variant.sku} and i.on_hand <> ${variant.onHand}`,
      );
    }
    const after = await loadEditableProduct(tx, slug);
    const snapshot = (product: EditableProduct | null) => product && { ...product, categories: undefined };
    await recordAudit(tx, { actor, action: "product.update", subjectType: "product", subjectId: slug, before: snapshot(before), after: snapshot(after), at: now });
    return { ok: true, version: bumped.version };
  });
}
