import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { listProducts, loadEditableProduct, productListQuery, saveProduct, type EditableProduct, type ProductChanges } from "@/lib/admin/products";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const actor = { id: null, email: "staff@example.com" };

/** The edit form's fields as the product has them now. */
function unchanged(product: EditableProduct): ProductChanges {
  const text = (locale: "en" | "uk" | "fa" | "ar") => ({ name: "", shortDescription: "", description: "", ...product.text[locale] });
  return {
    status: product.status,
    featured: product.featured,
    purchaseLimit: product.purchaseLimit,
    category: product.category,
    text: { en: text("en"), uk: text("uk"), fa: text("fa"), ar: text("ar") },
    variants: product.variants.map((variant) => ({ sku: variant.sku, price: variant.price, compareAtPrice: variant.compareAtPrice, onHand: variant.onHand })),
  };
}

describe.each(testDatabases())("admin product edits on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = (await openWithCatalog(target, { poolMax: 4 })).handle;
  });
  afterAll(async () => handle?.close());

  const slug = "stoneware-mug";
  const audits = () =>
    queryRows<{ before: EditableProduct; after: EditableProduct }>(handle.db, sql`select before, after from admin_audit where subject_type = 'product' and subject_id = ${slug} order by id`);

  it("saves prices, stock and text in one go, with the product before and after in the audit log", async () => {
    const product = (await loadEditableProduct(handle.db, slug))!;
    const changes = unchanged(product);
    const [first] = changes.variants;
    first!.price = 4_321;
    first!.onHand = 77;
    changes.text.uk = { name: "Кухоль", shortDescription: "Кераміка", description: "Кухоль з кераміки." };
    const saved = await saveProduct(handle.db, { slug, version: product.version, changes, actor });
    expect(saved).toEqual({ ok: true, version: product.version + 1 });
    const after = (await loadEditableProduct(handle.db, slug))!;
    expect(after.variants.find((variant) => variant.sku === first!.sku)).toMatchObject({ price: 4_321, onHand: 77 });
    expect(after.text.uk?.name).toBe("Кухоль");
    const [audit] = (await audits()).slice(-1);
    expect(audit!.before.variants.find((variant) => variant.sku === first!.sku)!.price).toBe(product.variants[0]!.price);
    expect(audit!.after.variants.find((variant) => variant.sku === first!.sku)!.price).toBe(4_321);
  });

  it("refuses a save made on an older version: two staff editing at once never silently lose a change", async () => {
    const opened = (await loadEditableProduct(handle.db, slug))!;
    const mine = unchanged(opened);
    const theirs = unchanged(opened);
    mine.variants[0]!.price = 1_111;
    theirs.variants[0]!.onHand = 5;
    const results = await Promise.all([
      saveProduct(handle.db, { slug, version: opened.version, changes: mine, actor }),
      saveProduct(handle.db, { slug, version: opened.version, changes: theirs, actor: { id: null, email: "other@example.com" } }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "conflict" }]);
    const now = (await loadEditableProduct(handle.db, slug))!;
    expect(now.version).toBe(opened.version + 1);
  });

  it("names each field's problem and writes nothing", async () => {
    const product = (await loadEditableProduct(handle.db, slug))!;
    await handle.db.execute(sql`update inventory i set reserved = 3 from variants v where v.id = i.variant_id and v.sku = ${product.variants[0]!.sku}`);
    const changes = unchanged(product);
    changes.text.en.name = "  ";
    changes.variants[0]!.onHand = 2;
    changes.variants[1]!.compareAtPrice = changes.variants[1]!.price;
    const result = await saveProduct(handle.db, { slug, version: product.version, changes, actor });
    expect(result).toEqual({
      ok: false,
      reason: "invalid",
      fields: { name_en: "english_name_required", [`stock:${product.variants[0]!.sku}`]: "below_reserved", [`compareAt:${product.variants[1]!.sku}`]: "compare_at_not_above" },
    });
    expect((await loadEditableProduct(handle.db, slug))!.version).toBe(product.version);
    await handle.db.execute(sql`update inventory i set reserved = 0 from variants v where v.id = i.variant_id and v.sku = ${product.variants[0]!.sku}`);
    expect(await saveProduct(handle.db, { slug: "no-such-product", version: 1, changes, actor })).toEqual({ ok: false, reason: "not_found" });
    expect(await saveProduct(handle.db, { slug, version: product.version, changes: { ...unchanged(product), category: "nope" }, actor })).toEqual({ ok: false, reason: "unknown_category" });
  });

  it("lists products searched by name, slug or SKU", async () => {
    const product = (await loadEditableProduct(handle.db, slug))!;
    const bySku = await listProducts(handle.db, productListQuery.parse({ q: product.variants[0]!.sku }));
    expect(bySku.rows.map((row) => row.slug)).toEqual([slug]);
    const drafts = await listProducts(handle.db, productListQuery.parse({ status: "draft" }));
    expect(drafts.rows.every((row) => row.status === "draft")).toBe(true);
  });
});
