import { sql } from "drizzle-orm";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { seedProducts } from "@/db/seed/catalog";
import { catalogCsvColumns, type CatalogCsvColumn } from "@/lib/admin/catalog-csv";
import { applyCatalogImport, exportCatalogCsv, planCatalogImport } from "@/lib/admin/catalog-import";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const actor = { id: null, email: "staff@example.com" };
const seededRows = seedProducts.reduce((sum, product) => sum + product.variants.length, 0);

/** A catalog file as rows of named cells, to edit like a spreadsheet. */
function readCsv(csv: string): Record<CatalogCsvColumn, string>[] {
  const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  expect(header).toEqual([...catalogCsvColumns]);
  return rows.map((cells) => Object.fromEntries(catalogCsvColumns.map((column, index) => [column, cells[index]!])) as Record<CatalogCsvColumn, string>);
}
const writeCsv = (rows: Record<CatalogCsvColumn, string>[]) => Papa.unparse({ fields: [...catalogCsvColumns], data: rows.map((row) => catalogCsvColumns.map((column) => row[column])) });

describe.each(testDatabases())("catalog CSV on $name", (target) => {
  let handle: DatabaseHandle;
  const audits = async () =>
    queryRows<{ actorEmail: string; subjectType: string; subjectId: string; after: Record<string, unknown> }>(
      handle.db,
      sql`select actor_email as "actorEmail", subject_type as "subjectType", subject_id as "subjectId", after from admin_audit where action = 'catalog.import' order by id`,
    );
  const product = async (slug: string) =>
    (await queryRows<{ id: number; version: number; updatedAt: Date | string }>(handle.db, sql`select id, version, updated_at as "updatedAt" from products where slug = ${slug}`))[0];

  beforeAll(async () => {
    ({ handle } = await openWithCatalog(target));
  });
  afterAll(async () => handle?.close());

  it("exports the seeded catalog, and importing that file changes nothing", async () => {
    const csv = await exportCatalogCsv(handle.db);
    const rows = readCsv(csv);
    expect(rows).toHaveLength(seededRows);
    expect(rows.map((row) => row.product_slug)).toEqual([...rows.map((row) => row.product_slug)].sort());
    expect(rows.every((row) => /^\d+\.\d{2}$/.test(row.price))).toBe(true);
    expect(new Set(rows.map((row) => row.product_slug)).size).toBe(seedProducts.length);

    const plan = await planCatalogImport(handle.db, csv);
    expect(plan).toEqual({
      errors: [],
      moreErrors: 0,
      rows: seededRows,
      changes: { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0, unchanged: seededRows },
    });
    expect(await applyCatalogImport(handle.db, { csv, actor })).toEqual({ ok: true, plan });
    expect(await exportCatalogCsv(handle.db)).toBe(csv);
    expect(await audits()).toEqual([]);
    const [{ bumped }] = (await queryRows<{ bumped: number }>(handle.db, sql`select count(*)::int as bumped from products where version <> 1`)) as [{ bumped: number }];
    expect(bumped).toBe(0);
  });

  it("refuses a file with one bad row and writes nothing, not even its good rows", async () => {
    const before = await exportCatalogCsv(handle.db);
    const rows = readCsv(before);
    rows[0]!.price = "99.00";
    rows[3]!.price = "-3.00";
    const result = await applyCatalogImport(handle.db, { csv: writeCsv(rows), actor });
    expect(result).toEqual({
      ok: false,
      plan: {
        errors: [{ row: 5, column: "price", code: "negative", params: { min: 0 } }],
        moreErrors: 0,
        rows: seededRows,
        changes: { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0, unchanged: 0 },
      },
    });
    expect(await exportCatalogCsv(handle.db)).toBe(before);
    expect(await audits()).toEqual([]);
  });

  it("applies an edit and a new product with one audit row; applying the same file again changes nothing", async () => {
    const rows = readCsv(await exportCatalogCsv(handle.db));
    const edited = rows.find((row) => row.option_names === "size|color")!;
    const oldPrice = edited.price;
    edited.price = (Number(oldPrice) + 1).toFixed(2);
    const template = { ...edited };
    const added = ["S", "M"].map((size, position) => ({
      ...template,
      product_slug: "wool-beanie",
      category: template.category,
      status: "draft",
      featured: "no",
      purchase_limit: "3",
      option_names: "size",
      name_en: "=Wool beanie",
      short_description_en: "Warm, soft merino.",
      description_en: "Knitted from merino wool.\nHand wash cold.",
      name_uk: "Вовняна шапка",
      short_description_uk: "Тепла.",
      description_uk: "",
      name_fa: "",
      short_description_fa: "",
      description_fa: "",
      name_ar: "",
      short_description_ar: "",
      description_ar: "",
      sku: `BEANIE-${size}`,
      options: `size=${size}`,
      price: "24.50",
      compare_at_price: "",
      weight_grams: "90",
      stock: String(5 + position),
      position: String(position),
    }));
    const csv = writeCsv([...rows, ...added]);
    const now = new Date("2030-01-02T03:04:05.000Z");

    const expected = { productsCreated: 1, productsUpdated: 0, variantsCreated: 2, variantsUpdated: 1, unchanged: seededRows - 1 };
    const plan = await planCatalogImport(handle.db, csv);
    expect(plan).toEqual({ errors: [], moreErrors: 0, rows: seededRows + 2, changes: expected });
    expect(await applyCatalogImport(handle.db, { csv, actor, now })).toEqual({ ok: true, plan });

    const [variant] = await queryRows<{ price: number }>(handle.db, sql`select price from variants where sku = ${edited.sku}`);
    expect(variant!.price).toBe(Math.round(Number(oldPrice) * 100) + 100);
    const changed = await product(edited.product_slug);
    expect(changed!.version).toBe(2);
    expect(new Date(changed!.updatedAt).toISOString()).toBe(now.toISOString());
    const beanie = await product("wool-beanie");
    expect(beanie!.version).toBe(1);
    const beanieRows = await queryRows<{ sku: string; options: Record<string, string>; price: number; onHand: number }>(
      handle.db,
      sql`select v.sku, v.options, v.price, i.on_hand as "onHand" from variants v join inventory i on i.variant_id = v.id where v.product_id = ${beanie!.id} order by v.position`,
    );
    expect(beanieRows).toEqual([
      { sku: "BEANIE-S", options: { size: "S" }, price: 2450, onHand: 5 },
      { sku: "BEANIE-M", options: { size: "M" }, price: 2450, onHand: 6 },
    ]);
    const texts = await queryRows<{ locale: string; name: string; description: string }>(
      handle.db,
      sql`select locale, name, description from product_translations where product_id = ${beanie!.id} order by locale`,
    );
    expect(texts).toEqual([
      { locale: "en", name: "=Wool beanie", description: "Knitted from merino wool.\nHand wash cold." },
      { locale: "uk", name: "Вовняна шапка", description: "" },
    ]);
    expect(await audits()).toEqual([{ actorEmail: actor.email, subjectType: "catalog", subjectId: "csv", after: { rows: seededRows + 2, ...expected } }]);

    // The export writes the formula-looking name escaped, and reads back as the same catalog.
    const exported = await exportCatalogCsv(handle.db);
    expect(readCsv(exported).find((row) => row.sku === "BEANIE-S")!.name_en).toBe("'=Wool beanie");

    const again = await applyCatalogImport(handle.db, { csv, actor });
    expect(again).toEqual({
      ok: true,
      plan: { errors: [], moreErrors: 0, rows: seededRows + 2, changes: { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0, unchanged: seededRows + 2 } },
    });
    expect(await audits()).toHaveLength(1);
    expect((await product(edited.product_slug))!.version).toBe(2);
    expect(await exportCatalogCsv(handle.db)).toBe(exported);
    expect((await planCatalogImport(handle.db, exported)).changes.unchanged).toBe(seededRows + 2);
  });

  it("rewrites a translation, removes one left empty and updates stock, bumping the product's version", async () => {
    const rows = readCsv(await exportCatalogCsv(handle.db));
    const slug = rows.find((row) => row.name_fa && row.option_names === "")!.product_slug;
    for (const row of rows.filter((row) => row.product_slug === slug)) {
      row.name_fa = "";
      row.short_description_fa = "";
      row.description_fa = "";
      row.name_en = `${row.name_en} (renamed)`;
      row.stock = "77";
    }
    const before = (await product(slug))!;
    const result = await applyCatalogImport(handle.db, { csv: writeCsv(rows), actor });
    expect(result.ok && result.plan.changes).toMatchObject({ productsUpdated: 1, variantsUpdated: 1 });
    const locales = await queryRows<{ locale: string }>(handle.db, sql`select locale from product_translations where product_id = ${before.id} order by locale`);
    expect(locales.map((row) => row.locale)).toEqual(["ar", "en", "uk"]);
    const [english] = await queryRows<{ name: string }>(handle.db, sql`select name from product_translations where product_id = ${before.id} and locale = 'en'`);
    expect(english!.name).toMatch(/ \(renamed\)$/);
    const [stock] = await queryRows<{ onHand: number }>(
      handle.db,
      sql`select i.on_hand as "onHand" from inventory i join variants v on v.id = i.variant_id where v.product_id = ${before.id}`,
    );
    expect(stock!.onHand).toBe(77);
    expect((await product(slug))!.version).toBe(before.version + 1);
  });

  it("refuses duplicate SKUs, another product's SKU and stock below what orders reserved", async () => {
    const otherIndex = 5;
    const otherSku = readCsv(await exportCatalogCsv(handle.db))[otherIndex]!.sku;
    await handle.db.execute(sql`update inventory set on_hand = 10, reserved = 4 where variant_id = (select id from variants where sku = ${otherSku})`);
    const before = await exportCatalogCsv(handle.db);
    const rows = readCsv(before);
    const [first] = rows;
    const other = rows[otherIndex]!;
    // A new product whose two rows share a SKU, and one taking the SKU of another product.
    const twin = (size: string) => ({ ...first!, product_slug: "twin-product", option_names: "size", options: `size=${size}`, sku: "TWIN-1" });
    const taken = { ...first!, product_slug: "sku-thief", sku: other.sku };
    other.stock = "3";
    const result = await applyCatalogImport(handle.db, { csv: writeCsv([...rows, twin("S"), twin("M"), taken]), actor });
    expect(result.ok).toBe(false);
    expect(result.plan.errors).toEqual([
      { row: otherIndex + 2, column: "stock", code: "below_reserved", params: { reserved: 4 } },
      { row: rows.length + 3, column: "sku", code: "duplicate_sku", params: { firstRow: rows.length + 2 } },
      { row: rows.length + 4, column: "sku", code: "duplicate_sku", params: { firstRow: otherIndex + 2 } },
      { row: rows.length + 4, column: "sku", code: "sku_elsewhere", params: { product: other.product_slug } },
    ]);
    expect(await exportCatalogCsv(handle.db)).toBe(before);
    await handle.db.execute(sql`update inventory set reserved = 0 where variant_id = (select id from variants where sku = ${other.sku})`);
    const afterRefusal = readCsv(await exportCatalogCsv(handle.db));
    expect(afterRefusal.find((row) => row.sku === other.sku)!.stock).toBe("10");
    expect(await product("sku-thief")).toBeUndefined();
    expect(await product("twin-product")).toBeUndefined();
  });
});
