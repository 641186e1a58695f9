import "server-only";
import { eq, inArray, and, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { inventory, products, productTranslations, variants } from "@/db/schema";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";
import { recordAudit, type Actor } from "./audit";
import {
  checkAgainstCatalog,
  diffCatalog,
  limitErrors,
  parseCatalogCsv,
  writeCatalogCsv,
  type CatalogChanges,
  type CatalogProduct,
  type CatalogSnapshot,
  type ExistingProduct,
  type ExistingVariant,
  type ImportError,
  type ParsedRow,
  type ProductStatus,
  type ProductText,
  type ProductWork,
  type VariantWork,
} from "./catalog-csv";

export type { CatalogChanges, ImportError, ImportErrorCode } from "./catalog-csv";

/** What importing a file would do (or did): its errors, or what it changes. */
export interface CatalogImportPlan {
  /** The first 200 errors, by row; none means the file can be imported. */
  errors: ImportError[];
  /** Errors beyond those listed. */
  moreErrors: number;
  /** Data rows in the file. */
  rows: number;
  /** What the import writes; all 0 while the file has errors. */
  changes: CatalogChanges;
}

const noChanges = (): CatalogChanges => ({ productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0, unchanged: 0 });

/** A JSON array of texts as one parameter: `x in (select jsonb_array_elements_text(…))` takes thousands of values without thousands of parameters. */
const textList = (values: Iterable<string>) => sql`(select jsonb_array_elements_text(${JSON.stringify([...new Set(values)])}::jsonb))`;

/**
 * The whole catalog as a CSV file (lib/admin/catalog-csv.ts says the format): every product with
 * its variants, read in one statement so it is one consistent picture. A product without variants
 * has no row to be on.
 */
export async function exportCatalogCsv(db: Executor): Promise<string> {
  const rows = await queryRows<{
    productId: number;
    slug: string;
    category: string;
    status: ProductStatus;
    featured: boolean;
    purchaseLimit: number | null;
    optionNames: string[];
    text: Record<string, ProductText>;
    sku: string;
    options: Record<string, string>;
    price: number;
    compareAtPrice: number | null;
    weightGrams: number;
    position: number;
    stock: number;
  }>(
    db,
    sql`select p.id as "productId", p.slug, c.slug as category, p.status, p.featured, p.purchase_limit as "purchaseLimit", p.option_names as "optionNames",
               (select coalesce(jsonb_object_agg(t.locale, jsonb_build_object('name', t.name, 'shortDescription', t.short_description, 'description', t.description)), '{}'::jsonb)
                  from product_translations t where t.product_id = p.id) as text,
               v.sku, v.options, v.price, v.compare_at_price as "compareAtPrice", v.weight_grams as "weightGrams", v.position, coalesce(i.on_hand, 0) as stock
        from products p join categories c on c.id = p.category_id join variants v on v.product_id = p.id left join inventory i on i.variant_id = v.id`,
  );
  const byProduct = new Map<number, CatalogProduct>();
  for (const row of rows) {
    let product = byProduct.get(row.productId);
    if (!product) {
      const text = Object.fromEntries(Object.entries(row.text).filter(([locale]) => isLocale(locale))) as Partial<Record<Locale, ProductText>>;
      const { slug, category, status, featured, purchaseLimit, optionNames } = row;
      product = { slug, category, status, featured, purchaseLimit, optionNames, text, variants: [] };
      byProduct.set(row.productId, product);
    }
    const { sku, options, price, compareAtPrice, weightGrams, position, stock } = row;
    product.variants.push({ sku, options, price, compareAtPrice, weightGrams, position, stock });
  }
  return writeCatalogCsv([...byProduct.values()], store.currency);
}

/**
 * What the store holds of what the file names. With `lock` (inside the import's transaction) the
 * products table is locked against other writers (another import, a product edit: they wait for
 * this one) and the inventory rows read are locked, so what was checked is what gets written.
 */
async function loadSnapshot(db: Executor, rows: ParsedRow[], lock: boolean): Promise<CatalogSnapshot> {
  if (lock) await db.execute(sql`lock table products in share row exclusive mode`);
  const slugs = textList(rows.flatMap((row) => (row.slug === undefined ? [] : [row.slug])));
  const skus = textList(rows.flatMap((row) => (row.sku === undefined ? [] : [row.sku])));
  const categoryRows = await queryRows<{ id: number; slug: string }>(db, sql`select id, slug from categories`);
  const productRows = await queryRows<Omit<ExistingProduct, "text">>(
    db,
    sql`select id, slug, category_id as "categoryId", status, featured, purchase_limit as "purchaseLimit", option_names as "optionNames"
        from products where slug in ${slugs}`,
  );
  const textRows = await queryRows<ProductText & { productId: number; locale: string }>(
    db,
    sql`select t.product_id as "productId", t.locale, t.name, t.short_description as "shortDescription", t.description
        from product_translations t join products p on p.id = t.product_id where p.slug in ${slugs}`,
  );
  const variantRows = await queryRows<Omit<ExistingVariant, "onHand" | "reserved">>(
    db,
    sql`select v.id, v.product_id as "productId", p.slug as "productSlug", v.sku, v.options, v.price, v.compare_at_price as "compareAtPrice", v.currency,
               v.weight_grams as "weightGrams", v.position
        from variants v join products p on p.id = v.product_id where v.sku in ${skus} or p.slug in ${slugs}`,
  );
  const stockRows = await queryRows<{ variantId: number; onHand: number; reserved: number }>(
    db,
    sql`select i.variant_id as "variantId", i.on_hand as "onHand", i.reserved
        from inventory i join variants v on v.id = i.variant_id join products p on p.id = v.product_id
        where v.sku in ${skus} or p.slug in ${slugs} ${lock ? sql`for update of i` : sql``}`,
  );

  const byId = new Map(productRows.map((product) => [product.id, { ...product, text: {} } as ExistingProduct]));
  for (const { productId, locale, ...text } of textRows) {
    const product = byId.get(productId);
    if (product && isLocale(locale)) product.text[locale] = text;
  }
  const stock = new Map(stockRows.map((row) => [row.variantId, row]));
  return {
    currency: store.currency,
    categories: new Map(categoryRows.map((category) => [category.slug, category.id])),
    products: new Map([...byId.values()].map((product) => [product.slug, product])),
    variants: new Map(variantRows.map((variant) => [variant.sku, { ...variant, onHand: stock.get(variant.id)?.onHand ?? null, reserved: stock.get(variant.id)?.reserved ?? 0 }])),
  };
}

async function plan(db: Executor, csv: string, lock: boolean): Promise<{ plan: CatalogImportPlan; work: ProductWork[] }> {
  const parsed = parseCatalogCsv(csv, { currency: store.currency });
  const refused = (errors: ImportError[]) => ({ plan: { ...limitErrors(errors), rows: parsed.rowCount, changes: noChanges() }, work: [] });
  // A file that could not be read as rows is refused before the store is asked anything.
  if (!parsed.rows.length) return refused(parsed.errors);
  const snapshot = await loadSnapshot(db, parsed.rows, lock);
  const errors = [...parsed.errors, ...checkAgainstCatalog(parsed.rows, snapshot)];
  if (errors.length) return refused(errors);
  const { changes, work } = diffCatalog(parsed.products, snapshot);
  return { plan: { errors: [], moreErrors: 0, rows: parsed.rowCount, changes }, work };
}

/** The dry run: checks a file against the store and counts what importing it would change. Writes nothing. */
export async function planCatalogImport(db: Executor, csv: string): Promise<CatalogImportPlan> {
  return (await plan(db, csv, false)).plan;
}

const chunk = <T>(items: T[], size = 500): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Writes what the plan found changed, in as few statements as the changes allow: new products,
 * texts, variants and stock in batches; each changed product and variant with one update.
 */
async function writeChanges(tx: Executor, touched: ProductWork[], now: Date): Promise<void> {
  const fields = ({ product, categoryId }: ProductWork) => ({
    categoryId,
    status: product.status,
    featured: product.featured,
    purchaseLimit: product.purchaseLimit,
    optionNames: product.optionNames,
  });
  const productIds = new Map<string, number>();
  for (const work of touched) {
    if (!work.existing) continue;
    productIds.set(work.product.slug, work.existing.id);
    // Any change to the product or its variants bumps its version: an edit form opened before the import is refused, not saved over it.
    await tx
      .update(products)
      .set({ ...(work.changed ? fields(work) : {}), version: sql`${products.version} + 1`, updatedAt: now })
      .where(eq(products.id, work.existing.id));
  }
  for (const batch of chunk(touched.filter((work) => !work.existing))) {
    const inserted = await tx
      .insert(products)
      .values(batch.map((work) => ({ slug: work.product.slug, ...fields(work), createdAt: now, updatedAt: now })))
      .returning({ id: products.id, slug: products.slug });
    for (const row of inserted) productIds.set(row.slug, row.id);
  }
  const idOf = (work: ProductWork) => productIds.get(work.product.slug)!;

  const texts = touched.flatMap((work) => work.upsertText.map((locale) => ({ productId: idOf(work), locale, ...work.product.text[locale]! })));
  for (const batch of chunk(texts)) {
    await tx
      .insert(productTranslations)
      .values(batch)
      .onConflictDoUpdate({
        target: [productTranslations.productId, productTranslations.locale],
        set: { name: sql`excluded.name`, shortDescription: sql`excluded.short_description`, description: sql`excluded.description` },
      });
  }
  // A language left empty in the file loses its translation (the store shows English instead).
  for (const work of touched) {
    if (!work.removeText.length) continue;
    await tx.delete(productTranslations).where(and(eq(productTranslations.productId, idOf(work)), inArray(productTranslations.locale, work.removeText)));
  }

  const variantFields = ({ variant }: VariantWork) => ({
    options: variant.options,
    price: variant.price,
    compareAtPrice: variant.compareAtPrice,
    currency: store.currency,
    weightGrams: variant.weightGrams,
    position: variant.position,
  });
  const created = touched.flatMap((work) => work.variants.filter((item) => !item.existing).map((item) => ({ productId: idOf(work), item })));
  for (const batch of chunk(created)) {
    const inserted = await tx
      .insert(variants)
      .values(batch.map(({ productId, item }) => ({ productId, sku: item.variant.sku, ...variantFields(item) })))
      .returning({ id: variants.id, sku: variants.sku });
    const ids = new Map(inserted.map((row) => [row.sku, row.id]));
    await tx.insert(inventory).values(batch.map(({ item }) => ({ variantId: ids.get(item.variant.sku)!, onHand: item.variant.stock })));
  }
  const existing = touched.flatMap((work) => work.variants.filter((item) => item.existing));
  for (const item of existing) {
    if (item.changed) await tx.update(variants).set(variantFields(item)).where(eq(variants.id, item.existing!.id));
  }
  for (const batch of chunk(existing.filter((item) => item.stockChanged))) {
    await tx
      .insert(inventory)
      .values(batch.map((item) => ({ variantId: item.existing!.id, onHand: item.variant.stock })))
      .onConflictDoUpdate({ target: inventory.variantId, set: { onHand: sql`excluded.on_hand` } });
  }
}

/**
 * Imports a catalog file: checks it again inside one transaction (with the products table locked)
 * and writes nothing if anything is wrong. Otherwise upserts products by slug (bumping the version
 * and updated_at of each one that changes), their translations (one left empty is deleted), variants
 * by SKU and their stock on hand, and records one `catalog.import` audit row with the counts.
 * Products and variants absent from the file are left alone: an import never deletes or archives
 * them (archive a product with status `archived` in the file). A file that changes nothing writes
 * nothing, not even an audit row.
 */
export async function applyCatalogImport(
  db: Executor,
  { csv, actor, now = new Date() }: { csv: string; actor: Actor; now?: Date },
): Promise<{ ok: true; plan: CatalogImportPlan } | { ok: false; plan: CatalogImportPlan }> {
  return db.transaction(async (tx) => {
    const checked = await plan(tx, csv, true);
    if (checked.plan.errors.length) return { ok: false as const, plan: checked.plan };
    const touched = checked.work.filter((work) => work.touched);
    if (!touched.length) return { ok: true as const, plan: checked.plan };
    await writeChanges(tx, touched, now);
    await recordAudit(tx, {
      actor,
      action: "catalog.import",
      subjectType: "catalog",
      subjectId: "csv",
      after: { rows: checked.plan.rows, ...checked.plan.changes },
      at: now,
    });
    return { ok: true as const, plan: checked.plan };
  });
}
