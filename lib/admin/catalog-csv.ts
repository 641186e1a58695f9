/**
 * The catalog as a CSV file (issue 16): a header row and one row per variant, the product's own
 * columns repeated on each of its rows. Pure: the columns, reading a file into rows, each row's
 * checks, the checks across rows and against a snapshot of the catalog, what an import would change,
 * and writing the file. The database side (loading the snapshot, writing) is lib/admin/catalog-import.ts.
 */
import Papa from "papaparse";
import type { Locale } from "@/lib/i18n/locales";
import { minorDigits, toDecimalString } from "@/lib/money";

/* ── Columns and limits ──────────────────────────────────────────────── */

/** The file's languages, in the order their columns come (English first; every store locale). */
export const catalogCsvLocales = ["en", "uk", "fa", "ar"] as const satisfies readonly Locale[];

export const catalogCsvColumns = [
  "product_slug",
  "category",
  "status",
  "featured",
  "purchase_limit",
  "option_names",
  "name_en",
  "short_description_en",
  "description_en",
  "name_uk",
  "short_description_uk",
  "description_uk",
  "name_fa",
  "short_description_fa",
  "description_fa",
  "name_ar",
  "short_description_ar",
  "description_ar",
  "sku",
  "options",
  "price",
  "compare_at_price",
  "weight_grams",
  "stock",
  "position",
] as const;
export type CatalogCsvColumn = (typeof catalogCsvColumns)[number];

/** Columns of the product itself: every row of a product must say the same in them. */
export const productColumns: readonly CatalogCsvColumn[] = catalogCsvColumns.slice(catalogCsvColumns.indexOf("category"), catalogCsvColumns.indexOf("sku"));

/** Columns holding numbers: never formula-escaped on export, never unescaped on import. */
export const numericColumns: ReadonlySet<CatalogCsvColumn> = new Set(["purchase_limit", "price", "compare_at_price", "weight_grams", "stock", "position"]);

type TextField = "name" | "short_description" | "description";
const textColumn = (field: TextField, locale: Locale) => `${field}_${locale}` as CatalogCsvColumn;

export const catalogCsvLimits = {
  /** Bytes of the file (UTF-8). */
  bytes: 5 * 1024 * 1024,
  /** Data rows (the header not counted). */
  rows: 10_000,
  /** Errors listed in a plan; the rest are counted in `moreErrors`. */
  errors: 200,
  /** Major units of the store currency (1,000,000.00); the product form's maxPrice. */
  price: 1_000_000,
  stock: 1_000_000,
  weightGrams: 1_000_000,
  position: 1_000_000,
  /** As the product form allows. */
  purchaseLimit: 1_000,
  slug: 120,
  /** As the product form allows. */
  sku: 64,
  name: 200,
  shortDescription: 300,
  description: 5_000,
  /** The option_names and options cells. */
  options: 200,
} as const;

export const productStatuses = ["active", "draft", "archived"] as const;
export type ProductStatus = (typeof productStatuses)[number];

/* ── Errors ──────────────────────────────────────────────────────────── */

/**
 * Why a file (or one of its cells) is refused; the admin words each one in every language.
 * - too_large: over 5 MB (params.maxMegabytes)
 * - too_many_rows: over 10,000 data rows (params.max)
 * - empty: no data rows
 * - missing_columns / unknown_columns: params.columns, comma separated
 * - malformed: the CSV cannot be read (unbalanced quotes; a row with fewer or more cells than the
 *   header, params.cells and params.expected; a column named twice in the header, params.columns)
 * - required: the cell is empty
 * - not_a_number: not a number (or, in a whole-number column, not a whole number)
 * - negative: below the column's minimum, params.min (0; 1 for purchase_limit)
 * - too_high: params.max (price and compare_at_price as an amount, e.g. "1000000.00")
 * - too_many_decimals: more decimals than the currency has, params.decimals
 * - zero_price: a price of 0 (a product is never given away by mistake)
 * - compare_at_not_above: compare_at_price is not above price
 * - bad_status: not active, draft or archived
 * - bad_yes_no: not yes or no
 * - unknown_category: no category has that slug (params.category)
 * - bad_options: option_names is not a list of distinct names (`size|color`); options are not
 *   `name=value|…` with exactly the product's option names (params.expected: the names, `|` separated);
 *   or option_names changed while a variant absent from the file keeps the old ones (params.sku)
 * - duplicate_sku: the SKU is on an earlier row too (params.firstRow)
 * - duplicate_options: another variant of the product has the same options (params.firstRow: an
 *   earlier row; params.sku: a variant of the product in the store that is not in the file)
 * - product_mismatch: a product column differs from the product's first row (params.firstRow)
 * - sku_elsewhere: the SKU belongs to another product in the store (params.product: its slug)
 * - too_long: params.max characters (slug 120, SKU 64, names 200, short descriptions 300, descriptions 5000)
 * - bad_slug: a slug is lowercase letters and digits, words joined by single dashes
 * - below_reserved: stock below the units reserved by orders awaiting payment (params.reserved)
 */
export type ImportErrorCode =
  | "too_large"
  | "too_many_rows"
  | "empty"
  | "missing_columns"
  | "unknown_columns"
  | "malformed"
  | "required"
  | "not_a_number"
  | "negative"
  | "too_high"
  | "too_many_decimals"
  | "zero_price"
  | "compare_at_not_above"
  | "bad_status"
  | "bad_yes_no"
  | "unknown_category"
  | "bad_options"
  | "duplicate_sku"
  | "duplicate_options"
  | "product_mismatch"
  | "sku_elsewhere"
  | "too_long"
  | "bad_slug"
  | "below_reserved";

export interface ImportError {
  /**
   * 1-based row of the file, the header being 1: the row number a spreadsheet shows. It is the line
   * number too unless an earlier cell holds a line break (a quoted multi-line description).
   */
  row: number;
  /** The column's name, or null for the file as a whole. */
  column: string | null;
  code: ImportErrorCode;
  params?: Record<string, string | number>;
}

/** Orders errors by row, then by column as the file has them; keeps the first `max` and counts the rest. */
export function limitErrors(errors: ImportError[], max: number = catalogCsvLimits.errors): { errors: ImportError[]; moreErrors: number } {
  const columnOrder = (column: string | null) => (column === null ? -1 : catalogCsvColumns.indexOf(column as CatalogCsvColumn));
  const sorted = errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => a.error.row - b.error.row || columnOrder(a.error.column) - columnOrder(b.error.column) || a.index - b.index)
    .map(({ error }) => error);
  return { errors: sorted.slice(0, max), moreErrors: Math.max(0, sorted.length - max) };
}

/* ── Formula injection (OWASP "CSV Injection") ───────────────────────── */

const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
 * return) gets a leading `'`. So does one that starts with `'`s before such a character, so that
 * `formulaUnescape` gives back exactly what was written, whatever the text.
 */
export function formulaEscape(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Undoes `formulaEscape`: one `'` is removed from the start of a cell whose `'`s are followed by =, +, -, @, tab or carriage return. */
export function formulaUnescape(text: string): string {
  return text.startsWith("'") && formulaStart.test(text) ? text.slice(1) : text;
}

/* ── What a file says ────────────────────────────────────────────────── */

export interface ProductText {
  name: string;
  shortDescription: string;
  description: string;
}

export interface CatalogVariant {
  sku: string;
  /** Option values keyed by option name; {} for a product without options. */
  options: Record<string, string>;
  /** Minor units of the store currency. */
  price: number;
  compareAtPrice: number | null;
  weightGrams: number;
  /** Inventory on hand. */
  stock: number;
  position: number;
}

export interface CatalogProduct {
  slug: string;
  /** The category's slug. */
  category: string;
  status: ProductStatus;
  featured: boolean;
  purchaseLimit: number | null;
  optionNames: string[];
  /** A locale without an entry has no translation (the store falls back to English). */
  text: Partial<Record<Locale, ProductText>>;
  variants: CatalogVariant[];
}

export interface CsvVariant extends CatalogVariant {
  row: number;
}

export interface CsvProduct extends Omit<CatalogProduct, "variants"> {
  /** The product's first row. */
  row: number;
  variants: CsvVariant[];
}

/** One data row as read: a field is undefined when its cell was refused (its error is in the list). */
export interface ParsedRow {
  row: number;
  slug?: string;
  category?: string;
  status?: ProductStatus;
  featured?: boolean;
  purchaseLimit?: number | null;
  optionNames?: string[];
  text?: Partial<Record<Locale, ProductText>>;
  sku?: string;
  options?: Record<string, string>;
  price?: number;
  compareAtPrice?: number | null;
  weightGrams?: number;
  stock?: number;
  position?: number;
}

export interface ParsedCatalogCsv {
  errors: ImportError[];
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
  rows: ParsedRow[];
  /** The products whose every row was read without error, in the order the file names them. */
  products: CsvProduct[];
}

/* ── Reading ─────────────────────────────────────────────────────────── */

function utf8Length(text: string): number {
  // A UTF-16 code unit is 1 to 3 bytes in UTF-8: only count when it could matter.
  if (text.length * 3 <= catalogCsvLimits.bytes || text.length > catalogCsvLimits.bytes) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "");

function readRecords(text: string, preview: number): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, { delimiter: ",", header: false, dynamicTyping: false, skipEmptyLines: false, preview });
}

/**
 * Reads a catalog file and checks every row and the rows against each other (not against the
 * store: see `checkAgainstCatalog`). Amounts are read in major units of `currency` with a dot.
 */
export function parseCatalogCsv(csv: string, { currency }: { currency: string }): ParsedCatalogCsv {
  const refuse = (error: ImportError, rowCount = 0): ParsedCatalogCsv => ({ errors: [error], rowCount, rows: [], products: [] });
  if (utf8Length(csv) > catalogCsvLimits.bytes) return refuse({ row: 1, column: null, code: "too_large", params: { maxMegabytes: catalogCsvLimits.bytes / 1024 / 1024 } });
  const text = csv.startsWith("\uFEFF") ? csv.slice(1) : csv;

  // Read no further than one row too many: a file of endless rows is refused without reading it all.
  const enough = catalogCsvLimits.rows + 2;
  let result = readRecords(text, enough);
  const countData = (records: string[][]) => {
    const first = records.findIndex((cells) => !isBlank(cells));
    return { headerIndex: first, dataRows: first < 0 ? 0 : records.slice(first + 1).filter((cells) => !isBlank(cells)).length };
  };
  let counted = countData(result.data);
  if (result.meta.truncated) {
    if (counted.dataRows > catalogCsvLimits.rows) return refuse({ row: 1, column: null, code: "too_many_rows", params: { max: catalogCsvLimits.rows } }, counted.dataRows);
    // Blank rows made up the difference: read it all (it is at most 5 MB).
    result = readRecords(text, 0);
    counted = countData(result.data);
  }
  const records = result.data;
  const { headerIndex, dataRows } = counted;
  if (dataRows > catalogCsvLimits.rows) return refuse({ row: 1, column: null, code: "too_many_rows", params: { max: catalogCsvLimits.rows } }, dataRows);
  if (headerIndex < 0 || dataRows === 0) return refuse({ row: 1, column: null, code: "empty" }, 0);
  if (result.errors.length) {
    const rows = [...new Set(result.errors.map((error) => (error.row ?? headerIndex) + 1))];
    return { errors: rows.map((row) => ({ row, column: null, code: "malformed" })), rowCount: dataRows, rows: [], products: [] };
  }

  // The header: every column once, in any order; a column without a name (a spreadsheet's empty trailing column) is ignored.
  const header = records[headerIndex]!.map((name) => name.trim().toLowerCase());
  const headerRow = headerIndex + 1;
  const index = new Map<CatalogCsvColumn, number>();
  const unknown: string[] = [];
  const twice: string[] = [];
  header.forEach((name, position) => {
    if (!name) return;
    if (!(catalogCsvColumns as readonly string[]).includes(name)) unknown.push(name);
    else if (index.has(name as CatalogCsvColumn)) twice.push(name);
    else index.set(name as CatalogCsvColumn, position);
  });
  const missing = catalogCsvColumns.filter((column) => !index.has(column));
  const headerErrors: ImportError[] = [];
  if (missing.length) headerErrors.push({ row: headerRow, column: null, code: "missing_columns", params: { columns: missing.join(", ") } });
  if (unknown.length) headerErrors.push({ row: headerRow, column: null, code: "unknown_columns", params: { columns: unknown.join(", ") } });
  if (twice.length) headerErrors.push({ row: headerRow, column: null, code: "malformed", params: { columns: [...new Set(twice)].join(", ") } });
  if (headerErrors.length) return { errors: headerErrors, rowCount: dataRows, rows: [], products: [] };

  const errors: ImportError[] = [];
  const rows: ParsedRow[] = [];
  const cellsOf = new Map<number, (column: CatalogCsvColumn) => string>();
  const digits = minorDigits(currency);
  for (let i = headerIndex + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (isBlank(cells)) continue;
    const row = i + 1;
    if (cells.length < header.length || cells.slice(header.length).some((cell) => cell.trim() !== "")) {
      errors.push({ row, column: null, code: "malformed", params: { cells: cells.length, expected: header.length } });
      continue;
    }
    const cell = (column: CatalogCsvColumn) => {
      const value = (cells[index.get(column)!] ?? "").trim();
      return numericColumns.has(column) ? value : formulaUnescape(value);
    };
    cellsOf.set(row, cell);
    rows.push(readRow(row, cell, digits, currency, errors));
  }

  crossCheck(rows, cellsOf, errors);
  return { errors, rowCount: dataRows, rows, products: completeProducts(rows, errors) };
}

type Cell = (column: CatalogCsvColumn) => string;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readRow(row: number, cell: Cell, digits: number, currency: string, errors: ImportError[]): ParsedRow {
  const fail = (column: CatalogCsvColumn, code: ImportErrorCode, params?: ImportError["params"]): undefined => {
    errors.push(params ? { row, column, code, params } : { row, column, code });
    return undefined;
  };
  const required = (column: CatalogCsvColumn, max: number): string | undefined => {
    const value = cell(column);
    if (!value) return fail(column, "required");
    if (value.length > max) return fail(column, "too_long", { max });
    return value;
  };
  const whole = (column: CatalogCsvColumn, { min, max, optional }: { min: number; max: number; optional?: boolean }): number | null | undefined => {
    const value = cell(column);
    if (!value) return optional ? null : fail(column, "required");
    const match = /^(-)?(\d+)$/.exec(value);
    if (!match) return fail(column, "not_a_number");
    const number = match[2]!.length > 9 ? Infinity : Number(match[2]) * (match[1] ? -1 : 1);
    if (number < min || (match[1] && number === 0)) return fail(column, "negative", { min });
    if (number > max) return fail(column, "too_high", { max });
    return number;
  };
  const maxAmount = catalogCsvLimits.price * 10 ** digits;
  const amount = (column: CatalogCsvColumn, optional: boolean): number | null | undefined => {
    const value = cell(column);
    if (!value) return optional ? null : fail(column, "required");
    const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value);
    if (!match) return fail(column, "not_a_number");
    if (match[1]) return fail(column, "negative", { min: 0 });
    const fraction = match[3] ?? "";
    if (fraction.length > digits) return fail(column, "too_many_decimals", { decimals: digits });
    const units = match[2]!.replace(/^0+(?=\d)/, "");
    const minor = units.length > 9 ? Infinity : Number(units) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
    if (minor > maxAmount) return fail(column, "too_high", { max: toDecimalString({ amount: maxAmount, currency }) });
    return minor;
  };

  const parsed: ParsedRow = { row };

  const slug = required("product_slug", catalogCsvLimits.slug);
  if (slug !== undefined) parsed.slug = slugPattern.test(slug) ? slug : fail("product_slug", "bad_slug");
  parsed.category = required("category", catalogCsvLimits.slug);

  const status = cell("status").toLowerCase();
  if (!status) fail("status", "required");
  else if ((productStatuses as readonly string[]).includes(status)) parsed.status = status as ProductStatus;
  else fail("status", "bad_status");

  const featured = cell("featured").toLowerCase();
  if (!featured) fail("featured", "required");
  else if (featured === "yes" || featured === "no") parsed.featured = featured === "yes";
  else fail("featured", "bad_yes_no");

  parsed.purchaseLimit = whole("purchase_limit", { min: 1, max: catalogCsvLimits.purchaseLimit, optional: true });

  const optionNamesCell = cell("option_names");
  if (optionNamesCell.length > catalogCsvLimits.options) fail("option_names", "too_long", { max: catalogCsvLimits.options });
  else {
    const names = optionNamesCell ? optionNamesCell.split("|").map((name) => name.trim()) : [];
    if (names.some((name) => !name || name.includes("=")) || new Set(names).size !== names.length) fail("option_names", "bad_options");
    else parsed.optionNames = names;
  }

  // Texts: English needs its name; another language is absent when its three cells are empty, and needs its name when it is not.
  const text: Partial<Record<Locale, ProductText>> = {};
  let textValid = true;
  for (const locale of catalogCsvLocales) {
    const limits: [TextField, keyof ProductText, number][] = [
      ["name", "name", catalogCsvLimits.name],
      ["short_description", "shortDescription", catalogCsvLimits.shortDescription],
      ["description", "description", catalogCsvLimits.description],
    ];
    const values = { name: "", shortDescription: "", description: "" } satisfies ProductText;
    for (const [field, key, max] of limits) {
      const value = cell(textColumn(field, locale));
      if (value.length > max) {
        fail(textColumn(field, locale), "too_long", { max });
        textValid = false;
      }
      values[key] = value;
    }
    const given = locale === "en" || Object.values(values).some(Boolean);
    if (!given) continue;
    if (!values.name) {
      fail(textColumn("name", locale), "required");
      textValid = false;
    }
    text[locale] = values;
  }
  if (textValid) parsed.text = text;

  parsed.sku = required("sku", catalogCsvLimits.sku);

  const optionsCell = cell("options");
  if (optionsCell.length > catalogCsvLimits.options) fail("options", "too_long", { max: catalogCsvLimits.options });
  else {
    const options: Record<string, string> = {};
    let valid = true;
    for (const part of optionsCell ? optionsCell.split("|") : []) {
      const at = part.indexOf("=");
      const name = part.slice(0, Math.max(at, 0)).trim();
      const value = part.slice(at + 1).trim();
      if (at <= 0 || !name || !value || Object.hasOwn(options, name)) valid = false;
      else options[name] = value;
    }
    const names = parsed.optionNames;
    if (valid && names && (Object.keys(options).length !== names.length || names.some((name) => !Object.hasOwn(options, name)))) valid = false;
    if (valid) parsed.options = options;
    else fail("options", "bad_options", { expected: (names ?? []).join("|") });
  }

  const price = amount("price", false);
  if (price === 0) fail("price", "zero_price");
  else if (price !== null) parsed.price = price;
  const compareAt = amount("compare_at_price", true);
  if (compareAt !== undefined && compareAt !== null && parsed.price !== undefined && compareAt <= parsed.price) fail("compare_at_price", "compare_at_not_above");
  else parsed.compareAtPrice = compareAt;

  parsed.weightGrams = whole("weight_grams", { min: 0, max: catalogCsvLimits.weightGrams }) ?? undefined;
  parsed.stock = whole("stock", { min: 0, max: catalogCsvLimits.stock }) ?? undefined;
  parsed.position = whole("position", { min: 0, max: catalogCsvLimits.position }) ?? undefined;
  return parsed;
}

/** Comparable form of a product column, so `YES` on one row and `yes` on another agree. */
function canonical(column: CatalogCsvColumn, value: string): string {
  if (column === "status" || column === "featured") return value.toLowerCase();
  if (column === "option_names") return value.split("|").map((name) => name.trim()).join("|");
  return value;
}

const optionsKey = (options: Record<string, string>) => JSON.stringify(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** SKUs once in the file; a product's columns the same on each of its rows; no two variants of a product with the same options. */
function crossCheck(rows: ParsedRow[], cellsOf: Map<number, Cell>, errors: ImportError[]) {
  const refused = new Set(errors.map((error) => `${error.row}:${error.column}`));
  const skuRow = new Map<string, number>();
  const firstOfProduct = new Map<string, ParsedRow>();
  const optionsRow = new Map<string, number>();
  for (const row of rows) {
    if (row.sku !== undefined) {
      const first = skuRow.get(row.sku);
      if (first === undefined) skuRow.set(row.sku, row.row);
      else errors.push({ row: row.row, column: "sku", code: "duplicate_sku", params: { firstRow: first } });
    }
    if (row.slug === undefined) continue;
    const first = firstOfProduct.get(row.slug);
    if (!first) firstOfProduct.set(row.slug, row);
    else {
      const firstCell = cellsOf.get(first.row)!;
      const cell = cellsOf.get(row.row)!;
      for (const column of productColumns) {
        if (refused.has(`${row.row}:${column}`)) continue;
        if (canonical(column, cell(column)) !== canonical(column, firstCell(column))) {
          errors.push({ row: row.row, column, code: "product_mismatch", params: { firstRow: first.row } });
        }
      }
    }
    if (row.options !== undefined) {
      const key = `${row.slug}\u0000${optionsKey(row.options)}`;
      const earlier = optionsRow.get(key);
      if (earlier === undefined) optionsRow.set(key, row.row);
      else errors.push({ row: row.row, column: "options", code: "duplicate_options", params: { firstRow: earlier } });
    }
  }
}

function isComplete(row: ParsedRow): row is Required<ParsedRow> {
  return (Object.keys(emptyRow) as (keyof ParsedRow)[]).every((key) => row[key] !== undefined);
}
const emptyRow: Record<keyof ParsedRow, true> = {
  row: true,
  slug: true,
  category: true,
  status: true,
  featured: true,
  purchaseLimit: true,
  optionNames: true,
  text: true,
  sku: true,
  options: true,
  price: true,
  compareAtPrice: true,
  weightGrams: true,
  stock: true,
  position: true,
};

/** Products whose rows were all read without error (every row of a product agrees, so the first one speaks for it). */
function completeProducts(rows: ParsedRow[], errors: ImportError[]): CsvProduct[] {
  const refusedRows = new Set(errors.map((error) => error.row));
  const products = new Map<string, CsvProduct | null>();
  for (const row of rows) {
    if (row.slug === undefined) continue;
    if (!isComplete(row) || refusedRows.has(row.row)) {
      products.set(row.slug, null);
      continue;
    }
    const variant: CsvVariant = {
      row: row.row,
      sku: row.sku,
      options: row.options,
      price: row.price,
      compareAtPrice: row.compareAtPrice,
      weightGrams: row.weightGrams,
      stock: row.stock,
      position: row.position,
    };
    const product = products.get(row.slug);
    if (product === null) continue;
    if (product) product.variants.push(variant);
    else {
      const { slug, category, status, featured, purchaseLimit, optionNames, text } = row;
      products.set(slug, { row: row.row, slug, category, status, featured, purchaseLimit, optionNames, text, variants: [variant] });
    }
  }
  return [...products.values()].filter((product): product is CsvProduct => product !== null);
}

/* ── Against the store ───────────────────────────────────────────────── */

export interface ExistingProduct {
  id: number;
  slug: string;
  categoryId: number;
  status: ProductStatus;
  featured: boolean;
  purchaseLimit: number | null;
  optionNames: string[];
  text: Partial<Record<Locale, ProductText>>;
}

export interface ExistingVariant {
  id: number;
  productId: number;
  productSlug: string;
  sku: string;
  options: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  currency: string;
  weightGrams: number;
  position: number;
  /** Null when the variant has no inventory row (nothing on hand). */
  onHand: number | null;
  reserved: number;
}

/** What the store holds of what a file names. */
export interface CatalogSnapshot {
  /** The store currency: every variant the import writes is priced in it. */
  currency: string;
  /** Every category, slug to id. */
  categories: ReadonlyMap<string, number>;
  /** The file's products that exist, by slug. */
  products: ReadonlyMap<string, ExistingProduct>;
  /** By SKU: the variants with a SKU of the file and every variant of the file's existing products. */
  variants: ReadonlyMap<string, ExistingVariant>;
}

/**
 * Checks the file against the store: categories exist, a SKU of another product is not taken over,
 * stock stays at or above what orders reserved, and a variant the file leaves out does not clash
 * with the file's (same options, or option names it no longer has).
 */
export function checkAgainstCatalog(rows: ParsedRow[], snapshot: CatalogSnapshot): ImportError[] {
  const errors: ImportError[] = [];
  const firstRows = new Map<string, ParsedRow>();
  const fileSkus = new Set(rows.flatMap((row) => (row.sku === undefined ? [] : [row.sku])));
  for (const row of rows) {
    if (row.slug === undefined) continue;
    const first = !firstRows.has(row.slug);
    if (first) firstRows.set(row.slug, row);
    if (first && row.category !== undefined && !snapshot.categories.has(row.category)) {
      errors.push({ row: row.row, column: "category", code: "unknown_category", params: { category: row.category } });
    }
    const existing = row.sku === undefined ? undefined : snapshot.variants.get(row.sku);
    if (existing && existing.productSlug !== row.slug) errors.push({ row: row.row, column: "sku", code: "sku_elsewhere", params: { product: existing.productSlug } });
    else if (existing && row.stock !== undefined && row.stock < existing.reserved) {
      errors.push({ row: row.row, column: "stock", code: "below_reserved", params: { reserved: existing.reserved } });
    }
  }

  // Variants of the file's products that the file leaves out (and so leaves alone).
  const leftOut = new Map<string, ExistingVariant[]>();
  for (const variant of snapshot.variants.values()) {
    if (fileSkus.has(variant.sku) || !firstRows.has(variant.productSlug)) continue;
    leftOut.set(variant.productSlug, [...(leftOut.get(variant.productSlug) ?? []), variant]);
  }
  const reported = new Set<string>();
  for (const row of rows) {
    const others = row.slug === undefined ? undefined : leftOut.get(row.slug);
    if (!others || row.slug === undefined) continue;
    if (row.options !== undefined) {
      const clash = others.find((variant) => optionsKey(variant.options) === optionsKey(row.options!));
      if (clash) errors.push({ row: row.row, column: "options", code: "duplicate_options", params: { sku: clash.sku } });
    }
    const product = snapshot.products.get(row.slug);
    if (row.optionNames === undefined || !product || reported.has(row.slug) || firstRows.get(row.slug) !== row) continue;
    reported.add(row.slug);
    const names = new Set(row.optionNames);
    const sameNames = names.size === product.optionNames.length && product.optionNames.every((name) => names.has(name));
    if (sameNames) continue;
    const stale = others.find((variant) => Object.keys(variant.options).length !== names.size || Object.keys(variant.options).some((name) => !names.has(name)));
    if (stale) errors.push({ row: row.row, column: "option_names", code: "bad_options", params: { sku: stale.sku } });
  }
  return errors;
}

/* ── What an import changes ──────────────────────────────────────────── */

export interface CatalogChanges {
  productsCreated: number;
  /** Existing products whose own columns or texts change. */
  productsUpdated: number;
  variantsCreated: number;
  /** Existing variants whose options, prices, weight, position or stock change. */
  variantsUpdated: number;
  /** Rows whose variant is already exactly so: every row is a created, an updated or an unchanged variant. */
  unchanged: number;
}

export interface VariantWork {
  variant: CsvVariant;
  existing: ExistingVariant | null;
  /** The variant's own columns differ (or it is new). */
  changed: boolean;
  /** Its stock differs from what is on hand (or it has no inventory row yet and stock is given). */
  stockChanged: boolean;
}

export interface ProductWork {
  product: CsvProduct;
  existing: ExistingProduct | null;
  categoryId: number;
  /** The product's own columns differ (or it is new). */
  changed: boolean;
  /** Languages whose translation is written, and those whose translation is removed (left empty in the file). */
  upsertText: Locale[];
  removeText: Locale[];
  variants: VariantWork[];
  /** Anything of it is written: its version is bumped. */
  touched: boolean;
}

const sameText = (a: ProductText | undefined, b: ProductText | undefined) =>
  a === undefined || b === undefined ? a === b : a.name === b.name && a.shortDescription === b.shortDescription && a.description === b.description;
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** What importing the (error-free) products would write, counted and itemised. */
export function diffCatalog(products: CsvProduct[], snapshot: CatalogSnapshot): { changes: CatalogChanges; work: ProductWork[] } {
  const changes: CatalogChanges = { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0, unchanged: 0 };
  const work = products.map((product): ProductWork => {
    const existing = snapshot.products.get(product.slug) ?? null;
    const categoryId = snapshot.categories.get(product.category)!;
    const upsertText = catalogCsvLocales.filter((locale) => product.text[locale] && !sameText(product.text[locale], existing?.text[locale]));
    const removeText = existing ? catalogCsvLocales.filter((locale) => !product.text[locale] && existing.text[locale]) : [];
    const changed =
      !existing ||
      existing.categoryId !== categoryId ||
      existing.status !== product.status ||
      existing.featured !== product.featured ||
      existing.purchaseLimit !== product.purchaseLimit ||
      !sameList(existing.optionNames, product.optionNames);
    if (!existing) changes.productsCreated++;
    else if (changed || upsertText.length || removeText.length) changes.productsUpdated++;

    const variants = product.variants.map((variant): VariantWork => {
      const current = snapshot.variants.get(variant.sku) ?? null;
      const variantChanged =
        !current ||
        optionsKey(current.options) !== optionsKey(variant.options) ||
        current.price !== variant.price ||
        current.compareAtPrice !== variant.compareAtPrice ||
        current.currency !== snapshot.currency ||
        current.weightGrams !== variant.weightGrams ||
        current.position !== variant.position;
      const stockChanged = !current || (current.onHand ?? 0) !== variant.stock;
      if (!current) changes.variantsCreated++;
      else if (variantChanged || stockChanged) changes.variantsUpdated++;
      else changes.unchanged++;
      return { variant, existing: current, changed: variantChanged, stockChanged };
    });
    const touched = changed || upsertText.length > 0 || removeText.length > 0 || variants.some((variant) => variant.changed || variant.stockChanged);
    return { product, existing, categoryId, changed, upsertText, removeText, variants, touched };
  });
  return { changes, work };
}

/* ── Writing ─────────────────────────────────────────────────────────── */

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Option values as a cell: in the order of the product's option names (any other key after them, by name). */
function optionsCell(options: Record<string, string>, optionNames: string[]): string {
  const extra = Object.keys(options).filter((name) => !optionNames.includes(name)).sort(byCodeUnits);
  return [...optionNames.filter((name) => Object.hasOwn(options, name)), ...extra].map((name) => `${name}=${options[name]}`).join("|");
}

/**
 * The catalog as a CSV file: products by slug, variants by position then SKU, amounts in major
 * units of `currency` with its decimals. Text cells are escaped against formula injection.
 * A product without variants has no row.
 */
export function writeCatalogCsv(products: CatalogProduct[], currency: string): string {
  const rows: string[][] = [];
  for (const product of [...products].sort((a, b) => byCodeUnits(a.slug, b.slug))) {
    const variants = [...product.variants].sort((a, b) => a.position - b.position || byCodeUnits(a.sku, b.sku));
    for (const variant of variants) {
      const values: Partial<Record<CatalogCsvColumn, string>> = {
        product_slug: product.slug,
        category: product.category,
        status: product.status,
        featured: product.featured ? "yes" : "no",
        purchase_limit: product.purchaseLimit === null ? "" : String(product.purchaseLimit),
        option_names: product.optionNames.join("|"),
        sku: variant.sku,
        options: optionsCell(variant.options, product.optionNames),
        price: toDecimalString({ amount: variant.price, currency }),
        compare_at_price: variant.compareAtPrice === null ? "" : toDecimalString({ amount: variant.compareAtPrice, currency }),
        weight_grams: String(variant.weightGrams),
        stock: String(variant.stock),
        position: String(variant.position),
      };
      for (const locale of catalogCsvLocales) {
        const text = product.text[locale];
        values[textColumn("name", locale)] = text?.name ?? "";
        values[textColumn("short_description", locale)] = text?.shortDescription ?? "";
        values[textColumn("description", locale)] = text?.description ?? "";
      }
      rows.push(catalogCsvColumns.map((column) => (numericColumns.has(column) ? (values[column] ?? "") : formulaEscape(values[column] ?? ""))));
    }
  }
  return Papa.unparse({ fields: [...catalogCsvColumns], data: rows }, { delimiter: ",", newline: "\r\n", quotes: false, escapeFormulae: false, header: true });
}
