import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  catalogCsvColumns,
  checkAgainstCatalog,
  diffCatalog,
  formulaEscape,
  formulaUnescape,
  limitErrors,
  parseCatalogCsv,
  writeCatalogCsv,
  type CatalogCsvColumn,
  type CatalogProduct,
  type CatalogSnapshot,
  type ExistingVariant,
  type ImportError,
  type ImportErrorCode,
} from "./catalog-csv";

type Cells = Partial<Record<CatalogCsvColumn, string>>;

const shirt: Record<CatalogCsvColumn, string> = {
  product_slug: "linen-shirt",
  category: "apparel",
  status: "active",
  featured: "no",
  purchase_limit: "",
  option_names: "size|color",
  name_en: "Linen shirt",
  short_description_en: "Airy and soft.",
  description_en: "A shirt for warm days.",
  name_uk: "Лляна сорочка",
  short_description_uk: "Легка.",
  description_uk: "",
  name_fa: "",
  short_description_fa: "",
  description_fa: "",
  name_ar: "",
  short_description_ar: "",
  description_ar: "",
  sku: "SHIRT-M-NAVY",
  options: "size=M|color=navy",
  price: "34.00",
  compare_at_price: "",
  weight_grams: "250",
  stock: "10",
  position: "0",
};

/** A file of the shirt's columns, each row changed as given. */
function csvOf(...rows: Cells[]): string {
  return Papa.unparse({ fields: [...catalogCsvColumns], data: rows.map((row) => catalogCsvColumns.map((column) => row[column] ?? shirt[column])) });
}

const parse = (csv: string, currency = "USD") => parseCatalogCsv(csv, { currency });
const found = (errors: ImportError[]) => errors.map(({ row, column, code, params }) => (params ? { row, column, code, params } : { row, column, code }));

const covered = new Set<ImportErrorCode>();
function cover(code: ImportErrorCode, errors: ImportError[]) {
  expect(errors.map((error) => error.code)).toContain(code);
  covered.add(code);
}

describe("reading a catalog file", () => {
  it("reads a valid file into products with variants, amounts in minor units", () => {
    const parsed = parse(
      csvOf(
        {},
        { sku: "SHIRT-L-NAVY", options: "color=navy|size=L", price: "36.5", compare_at_price: "40.00", stock: "0", position: "1" },
        { product_slug: "mug", category: "home", status: "Draft", featured: "YES", purchase_limit: "4", option_names: "", options: "", sku: "MUG", name_uk: "", short_description_uk: "", price: "12", name_fa: "ماگ" },
      ),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rowCount).toBe(3);
    expect(parsed.products).toHaveLength(2);
    const [shirtProduct, mug] = parsed.products;
    expect(shirtProduct).toMatchObject({ slug: "linen-shirt", row: 2, status: "active", featured: false, purchaseLimit: null, optionNames: ["size", "color"] });
    expect(shirtProduct!.text).toEqual({
      en: { name: "Linen shirt", shortDescription: "Airy and soft.", description: "A shirt for warm days." },
      uk: { name: "Лляна сорочка", shortDescription: "Легка.", description: "" },
    });
    expect(shirtProduct!.variants.map(({ row, sku, options, price, compareAtPrice, stock, position }) => ({ row, sku, options, price, compareAtPrice, stock, position }))).toEqual([
      { row: 2, sku: "SHIRT-M-NAVY", options: { size: "M", color: "navy" }, price: 3400, compareAtPrice: null, stock: 10, position: 0 },
      { row: 3, sku: "SHIRT-L-NAVY", options: { size: "L", color: "navy" }, price: 3650, compareAtPrice: 4000, stock: 0, position: 1 },
    ]);
    expect(mug).toMatchObject({ slug: "mug", status: "draft", featured: true, purchaseLimit: 4, optionNames: [] });
    expect(Object.keys(mug!.text)).toEqual(["en", "fa"]);
    expect(mug!.variants[0]).toMatchObject({ options: {}, price: 1200 });
  });

  it("takes the columns in any order, a byte order mark, CRLF or LF, and skips blank rows (keeping row numbers)", () => {
    const columns = [...catalogCsvColumns].reverse();
    const line = (cells: Cells) => columns.map((column) => cells[column] ?? shirt[column]).join(",");
    const csv = `\uFEFF${columns.join(",")}\n${line({})}\n\n,,,\n${line({ sku: "X", options: "size=L|color=navy", price: "-1" })}\n`;
    const parsed = parse(csv);
    expect(parsed.rowCount).toBe(2);
    expect(found(parsed.errors)).toEqual([{ row: 5, column: "price", code: "negative", params: { min: 0 } }]);
    expect(parse(csvOf({}).replace(/\r\n/g, "\n")).errors).toEqual([]);
  });

  it("refuses a file over 5 MB", () => {
    const { errors } = parse(`${Object.keys(shirt).join(",")}\n${"x".repeat(5 * 1024 * 1024)}`);
    cover("too_large", errors);
    expect(errors).toEqual([{ row: 1, column: null, code: "too_large", params: { maxMegabytes: 5 } }]);
    // Bytes, not characters: 2 million Persian letters are 4 MB of UTF-8, 3 million 6 MB.
    expect(parse(csvOf({ name_fa: "ب", description_fa: "ب".repeat(1_000_000) })).errors.map((error) => error.code)).toEqual(["too_long"]);
    cover("too_large", parse(csvOf({ description_fa: "ب".repeat(3_000_000) })).errors);
  });

  it("refuses a file of more than 10,000 rows, quickly", () => {
    const line = Papa.unparse([catalogCsvColumns.map((column) => shirt[column])]);
    const csv = `${catalogCsvColumns.join(",")}\r\n${`${line}\r\n`.repeat(10_001)}`;
    const started = performance.now();
    const parsed = parse(csv);
    const took = performance.now() - started;
    cover("too_many_rows", parsed.errors);
    expect(parsed.errors).toEqual([{ row: 1, column: null, code: "too_many_rows", params: { max: 10_000 } }]);
    expect(took).toBeLessThan(1_000);
    // 10,000 rows are read (and, here, found to be one SKU many times over).
    const fine = parse(`${catalogCsvColumns.join(",")}\r\n${`${line}\r\n`.repeat(10_000)}`);
    expect(new Set(fine.errors.map((error) => error.code))).toEqual(new Set(["duplicate_sku", "duplicate_options"]));
    expect(fine.rowCount).toBe(10_000);
  });

  it("refuses an empty file or one with a header only", () => {
    cover("empty", parse("").errors);
    cover("empty", parse("\r\n\r\n").errors);
    expect(parse(`${catalogCsvColumns.join(",")}\r\n`).errors).toEqual([{ row: 1, column: null, code: "empty" }]);
  });

  it("names missing and unknown columns", () => {
    const columns = catalogCsvColumns.filter((column) => column !== "stock" && column !== "name_ar");
    const csv = `${[...columns, "colour", "notes"].join(",")}\r\n${[...columns.map((column) => shirt[column]), "navy", ""].join(",")}`;
    const { errors } = parse(csv);
    cover("missing_columns", errors);
    cover("unknown_columns", errors);
    expect(errors).toEqual([
      { row: 1, column: null, code: "missing_columns", params: { columns: "name_ar, stock" } },
      { row: 1, column: null, code: "unknown_columns", params: { columns: "colour, notes" } },
    ]);
  });

  it("refuses what it cannot read as CSV", () => {
    cover("malformed", parse(`${csvOf({})}\r\n"linen-shirt,apparel`).errors);
    const short = `${csvOf({})}\r\nlinen-shirt,apparel,active`;
    expect(found(parse(short).errors)).toEqual([{ row: 3, column: null, code: "malformed", params: { cells: 3, expected: 25 } }]);
    const twice = `${catalogCsvColumns.join(",")},sku\r\n${catalogCsvColumns.map((column) => shirt[column]).join(",")},X`;
    expect(found(parse(twice).errors)).toEqual([{ row: 1, column: null, code: "malformed", params: { columns: "sku" } }]);
  });

  it("checks every cell of a row", () => {
    const cases: [Cells, CatalogCsvColumn, ImportErrorCode, ImportError["params"]?][] = [
      [{ sku: "" }, "sku", "required"],
      [{ name_en: "" }, "name_en", "required"],
      [{ short_description_fa: "کوتاه" }, "name_fa", "required"],
      [{ status: "" }, "status", "required"],
      [{ weight_grams: "" }, "weight_grams", "required"],
      [{ price: "abc" }, "price", "not_a_number"],
      [{ price: "1,000.00" }, "price", "not_a_number"],
      [{ stock: "1.5" }, "stock", "not_a_number"],
      [{ price: "-1.00" }, "price", "negative", { min: 0 }],
      [{ stock: "-2" }, "stock", "negative", { min: 0 }],
      [{ purchase_limit: "0" }, "purchase_limit", "negative", { min: 1 }],
      [{ price: "1000000.01" }, "price", "too_high", { max: "1000000.00" }],
      [{ compare_at_price: "99999999999" }, "compare_at_price", "too_high", { max: "1000000.00" }],
      [{ stock: "1000001" }, "stock", "too_high", { max: 1_000_000 }],
      [{ purchase_limit: "1001" }, "purchase_limit", "too_high", { max: 1000 }],
      [{ price: "1.999" }, "price", "too_many_decimals", { decimals: 2 }],
      [{ price: "0.00" }, "price", "zero_price"],
      [{ price: "0" }, "price", "zero_price"],
      [{ compare_at_price: "34.00" }, "compare_at_price", "compare_at_not_above"],
      [{ compare_at_price: "0" }, "compare_at_price", "compare_at_not_above"],
      [{ status: "published" }, "status", "bad_status"],
      [{ featured: "true" }, "featured", "bad_yes_no"],
      [{ options: "size=M" }, "options", "bad_options", { expected: "size|color" }],
      [{ options: "size=M|color=navy|fit=slim" }, "options", "bad_options", { expected: "size|color" }],
      [{ options: "size=M|color=" }, "options", "bad_options", { expected: "size|color" }],
      [{ options: "size=M|size=L" }, "options", "bad_options", { expected: "size|color" }],
      [{ option_names: "size|size" }, "option_names", "bad_options"],
      [{ product_slug: "s".repeat(121) }, "product_slug", "too_long", { max: 120 }],
      [{ name_en: "n".repeat(201) }, "name_en", "too_long", { max: 200 }],
      [{ short_description_uk: "к".repeat(301) }, "short_description_uk", "too_long", { max: 300 }],
      [{ name_ar: "و", description_ar: "و".repeat(5001) }, "description_ar", "too_long", { max: 5000 }],
      [{ sku: "S".repeat(65) }, "sku", "too_long", { max: 64 }],
      [{ product_slug: "Linen Shirt" }, "product_slug", "bad_slug"],
      [{ product_slug: "linen_shirt" }, "product_slug", "bad_slug"],
    ];
    for (const [cells, column, code, params] of cases) {
      const { errors } = parse(csvOf(cells));
      expect(found(errors), `${code} in ${Object.keys(cells).join(", ")}`).toEqual([params ? { row: 2, column, code, params } : { row: 2, column, code }]);
      covered.add(code);
    }
  });

  it("counts decimals by the currency", () => {
    expect(parse(csvOf({ price: "3400" }), "JPY").products[0]!.variants[0]!.price).toBe(3400);
    expect(found(parse(csvOf({ price: "34.00" }), "JPY").errors)).toEqual([{ row: 2, column: "price", code: "too_many_decimals", params: { decimals: 0 } }]);
    expect(found(parse(csvOf({ price: "1000001" }), "JPY").errors)).toEqual([{ row: 2, column: "price", code: "too_high", params: { max: "1000000" } }]);
    expect(parse(csvOf({ price: "1000000.00" })).products[0]!.variants[0]!.price).toBe(100_000_000);
  });

  it("checks the rows against each other", () => {
    const { errors } = parse(
      csvOf(
        {},
        { sku: "SHIRT-M-NAVY", options: "size=L|color=navy" },
        { sku: "SHIRT-M-NAVY-2", options: "color=navy|size=M" },
        { sku: "SHIRT-S", options: "size=S|color=navy", status: "draft", name_en: "Linen Shirt!", featured: "NO" },
      ),
    );
    cover("duplicate_sku", errors);
    cover("duplicate_options", errors);
    cover("product_mismatch", errors);
    expect(found(errors)).toEqual([
      { row: 3, column: "sku", code: "duplicate_sku", params: { firstRow: 2 } },
      { row: 4, column: "options", code: "duplicate_options", params: { firstRow: 2 } },
      { row: 5, column: "status", code: "product_mismatch", params: { firstRow: 2 } },
      { row: 5, column: "name_en", code: "product_mismatch", params: { firstRow: 2 } },
    ]);
  });

  it("collects every error and lists 200 of them, ordered by row and column", () => {
    const rows = Array.from({ length: 150 }, (_, i) => ({ sku: `S${i}`, options: `size=${i}|color=navy`, price: "x", stock: "-1" }));
    const { errors } = parse(csvOf(...rows));
    expect(errors).toHaveLength(300);
    const limited = limitErrors([...errors].reverse());
    expect(limited.moreErrors).toBe(100);
    expect(limited.errors).toHaveLength(200);
    expect(found(limited.errors.slice(0, 3))).toEqual([
      { row: 2, column: "price", code: "not_a_number" },
      { row: 2, column: "stock", code: "negative", params: { min: 0 } },
      { row: 3, column: "price", code: "not_a_number" },
    ]);
  });
});

describe("formula injection", () => {
  it("escapes a text cell a spreadsheet would run, and reads it back as written", () => {
    for (const text of ["=HYPERLINK(\"http://x\")", "+1 555", "-20% off", "@SUM(A1)", "\tindented", "\rreturn"]) {
      expect(formulaEscape(text)).toBe(`'${text}`);
      expect(formulaUnescape(`'${text}`)).toBe(text);
    }
    for (const text of ["Linen shirt", "'quoted'", "a=b", "", "1+1"]) {
      expect(formulaEscape(text)).toBe(text);
      expect(formulaUnescape(text)).toBe(text);
    }
    // A text that itself starts with ' before such a character keeps its ' through the round trip.
    expect(formulaEscape("'=x")).toBe("''=x");
    expect(formulaUnescape("''=x")).toBe("'=x");
    expect(formulaUnescape("'=x")).toBe("=x");
    fc.assert(fc.property(fc.string(), (text) => formulaUnescape(formulaEscape(text)) === text));
  });

  it("writes escaped text cells, never escapes numbers, and an import reads them back", () => {
    const product: CatalogProduct = {
      slug: "formula-test",
      category: "apparel",
      status: "active",
      featured: true,
      purchaseLimit: 2,
      optionNames: ["size"],
      text: {
        en: { name: "=cmd|' /C calc'!A0", shortDescription: "-50% today", description: "@home\nsecond line, with \"quotes\"" },
        fa: { name: "+ویژه", shortDescription: "", description: "" },
      },
      variants: [{ sku: "=SKU", options: { size: "-M" }, price: 1999, compareAtPrice: 2500, weightGrams: 100, stock: 3, position: 0 }],
    };
    const csv = writeCatalogCsv([product], "USD");
    const [, row] = Papa.parse<string[]>(csv).data;
    const cell = (column: CatalogCsvColumn) => row![catalogCsvColumns.indexOf(column)];
    expect(cell("name_en")).toBe("'=cmd|' /C calc'!A0");
    expect(cell("short_description_en")).toBe("'-50% today");
    expect(cell("description_en")).toBe("'@home\nsecond line, with \"quotes\"");
    expect(cell("name_fa")).toBe("'+ویژه");
    expect(cell("sku")).toBe("'=SKU");
    expect(cell("options")).toBe("size=-M");
    expect([cell("price"), cell("compare_at_price"), cell("weight_grams"), cell("stock"), cell("position"), cell("purchase_limit")]).toEqual(["19.99", "25.00", "100", "3", "0", "2"]);

    const parsed = parse(csv);
    expect(parsed.errors).toEqual([]);
    const [read] = parsed.products;
    expect(read!.row).toBe(2);
    expect({ ...read, row: undefined, variants: read!.variants.map((variant) => ({ ...variant, row: undefined })) }).toEqual(product);
  });

  it("writes products by slug and variants by position, then SKU", () => {
    const variant = { options: {}, price: 100, compareAtPrice: null, weightGrams: 1, stock: 1 };
    const product = (slug: string, variants: CatalogProduct["variants"]): CatalogProduct => ({
      slug,
      category: "home",
      status: "active",
      featured: false,
      purchaseLimit: null,
      optionNames: [],
      text: { en: { name: slug, shortDescription: "", description: "" } },
      variants,
    });
    const csv = writeCatalogCsv(
      [product("b", [{ ...variant, sku: "B2", position: 1 }, { ...variant, sku: "B3", position: 0 }, { ...variant, sku: "B1", position: 1 }]), product("a", [{ ...variant, sku: "A", position: 0 }])],
      "USD",
    );
    const skus = Papa.parse<string[]>(csv).data.slice(1).map((cells) => cells[catalogCsvColumns.indexOf("sku")]);
    expect(skus).toEqual(["A", "B3", "B1", "B2"]);
    expect(csv.split("\r\n")[0]).toBe(catalogCsvColumns.join(","));
  });
});

describe("against the store", () => {
  const existing = (sku: string, productSlug: string, options: Record<string, string>, extra: Partial<ExistingVariant> = {}): [string, ExistingVariant] => [
    sku,
    { id: 1, productId: 1, productSlug, sku, options, price: 3400, compareAtPrice: null, currency: "USD", weightGrams: 250, position: 0, onHand: 10, reserved: 0, ...extra },
  ];
  const snapshot = (variants: [string, ExistingVariant][], optionNames = ["size", "color"]): CatalogSnapshot => ({
    currency: "USD",
    categories: new Map([["apparel", 1]]),
    products: new Map([
      [
        "linen-shirt",
        {
          id: 1,
          slug: "linen-shirt",
          categoryId: 1,
          status: "active",
          featured: false,
          purchaseLimit: null,
          optionNames,
          text: { en: { name: "Linen shirt", shortDescription: "Airy and soft.", description: "A shirt for warm days." }, uk: { name: "Лляна сорочка", shortDescription: "Легка.", description: "" } },
        },
      ],
    ]),
    variants: new Map(variants),
  });

  it("refuses an unknown category, another product's SKU and stock below what orders reserved", () => {
    const parsed = parse(csvOf({ category: "garden" }, { sku: "MUG", options: "size=L|color=navy" }, { sku: "SHIRT-S", options: "size=S|color=navy", stock: "1" }));
    const errors = checkAgainstCatalog(parsed.rows, snapshot([existing("MUG", "stoneware-mug", {}), existing("SHIRT-S", "linen-shirt", { size: "S", color: "navy" }, { reserved: 2 })]));
    cover("unknown_category", errors);
    cover("sku_elsewhere", errors);
    cover("below_reserved", errors);
    expect(found(errors)).toEqual([
      { row: 2, column: "category", code: "unknown_category", params: { category: "garden" } },
      { row: 3, column: "sku", code: "sku_elsewhere", params: { product: "stoneware-mug" } },
      { row: 4, column: "stock", code: "below_reserved", params: { reserved: 2 } },
    ]);
  });

  it("refuses a new variant with the options of one left out of the file, and option names the left-out ones do not have", () => {
    const store = snapshot([existing("SHIRT-M-NAVY-OLD", "linen-shirt", { size: "M", color: "navy" })]);
    expect(found(checkAgainstCatalog(parse(csvOf({})).rows, store))).toEqual([{ row: 2, column: "options", code: "duplicate_options", params: { sku: "SHIRT-M-NAVY-OLD" } }]);
    const renamed = parse(csvOf({ option_names: "size", options: "size=M" }));
    expect(found(checkAgainstCatalog(renamed.rows, store))).toEqual([{ row: 2, column: "option_names", code: "bad_options", params: { sku: "SHIRT-M-NAVY-OLD" } }]);
    // Reordered names are the same names.
    expect(checkAgainstCatalog(parse(csvOf({ option_names: "color|size", options: "color=navy|size=S" })).rows, store)).toEqual([]);
  });

  it("counts what an import changes", () => {
    const store = snapshot([existing("SHIRT-M-NAVY", "linen-shirt", { color: "navy", size: "M" }), existing("SHIRT-L-NAVY", "linen-shirt", { size: "L", color: "navy" }, { position: 1 })]);
    const same = parse(csvOf({}, { sku: "SHIRT-L-NAVY", options: "size=L|color=navy", position: "1" }));
    expect(diffCatalog(same.products, store).changes).toEqual({ productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0, unchanged: 2 });

    const edited = parse(
      csvOf(
        { name_uk: "", short_description_uk: "" },
        { name_uk: "", short_description_uk: "", sku: "SHIRT-L-NAVY", options: "size=L|color=navy", position: "1", stock: "11" },
        { name_uk: "", short_description_uk: "", sku: "SHIRT-S-NAVY", options: "size=S|color=navy", position: "2" },
        { product_slug: "new-thing", option_names: "", options: "", sku: "NEW" },
      ),
    );
    const { changes, work } = diffCatalog(edited.products, store);
    expect(changes).toEqual({ productsCreated: 1, productsUpdated: 1, variantsCreated: 2, variantsUpdated: 1, unchanged: 1 });
    expect(work[0]).toMatchObject({ changed: false, upsertText: [], removeText: ["uk"], touched: true });
    expect(work[0]!.variants.map((item) => [item.changed, item.stockChanged])).toEqual([
      [false, false],
      [false, true],
      [true, true],
    ]);
  });
});

describe("coverage of the error codes", () => {
  it("has exercised every code", () => {
    const all: Record<ImportErrorCode, true> = {
      too_large: true,
      too_many_rows: true,
      empty: true,
      missing_columns: true,
      unknown_columns: true,
      malformed: true,
      required: true,
      not_a_number: true,
      negative: true,
      too_high: true,
      too_many_decimals: true,
      zero_price: true,
      compare_at_not_above: true,
      bad_status: true,
      bad_yes_no: true,
      unknown_category: true,
      bad_options: true,
      duplicate_sku: true,
      duplicate_options: true,
      product_mismatch: true,
      sku_elsewhere: true,
      too_long: true,
      bad_slug: true,
      below_reserved: true,
    };
    expect([...covered].sort()).toEqual(Object.keys(all).sort());
  });
});
