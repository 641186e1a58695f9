"use server";

import { sql } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { queryRows } from "@/db/rows";
import { catalogImports } from "@/db/schema";
import { localeFromForm } from "@/lib/i18n/form";
import { isRefusal, staffAction } from "./access";
import { catalogCsvLimits, type ImportError } from "./catalog-csv";
import { applyCatalogImport, planCatalogImport, type CatalogImportPlan } from "./catalog-import";

/** What the import page shows: nothing yet, a checked file (its problems, or what importing it would change), or an import done. */
export type CatalogImportState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "checked"; importId: string | null; summary: string; problems: { row: number; column: string; message: string }[]; more: string | null; problemsTitle: string | null }
  | { status: "imported"; message: string };

type CsvWords = Awaited<ReturnType<typeof getTranslations<"admin.csv">>>;

const problemText = (t: CsvWords, error: ImportError) => t(`codes.${error.code}`, (error.params ?? {}) as never);
const summaryOf = (t: CsvWords, plan: CatalogImportPlan) => t("summary", { rows: plan.rows, ...plan.changes });
const changesIn = (plan: CatalogImportPlan) => plan.changes.productsCreated + plan.changes.productsUpdated + plan.changes.variantsCreated + plan.changes.variantsUpdated;

/**
 * The dry run: reads the uploaded file, checks every row against the store and keeps the file, so
 * the import writes exactly what was checked. Nothing in the catalog changes here.
 */
export async function checkCatalogCsv(_previous: CatalogImportState, form: FormData): Promise<CatalogImportState> {
  const t = await getTranslations({ locale: localeFromForm(form), namespace: "admin.csv" });
  const member = await staffAction();
  if (isRefusal(member)) return { status: "error", message: (await getTranslations({ locale: localeFromForm(form), namespace: "admin" }))("errors.forbidden") };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", message: t("fileMissing") };
  const fileName = file.name.slice(0, 200) || "catalog.csv";
  // Bigger than the limit: refused without reading it all into memory.
  const csv = file.size > catalogCsvLimits.bytes ? "" : await file.text();
  const db = await getDb();
  const plan = file.size > catalogCsvLimits.bytes
    ? { errors: [{ row: 1, column: null, code: "too_large" as const, params: { maxMegabytes: catalogCsvLimits.bytes / 1_048_576 } }], moreErrors: 0, rows: 0, changes: { productsCreated: 0, productsUpdated: 0, variantsCreated: 0, variantsUpdated: 0, unchanged: 0 } }
    : await planCatalogImport(db, csv);
  const problems = plan.errors.map((error) => ({ row: error.row, column: error.column ?? t("wholeFile"), message: problemText(t, error) }));
  let importId: string | null = null;
  if (!problems.length && changesIn(plan) > 0) {
    const [kept] = await db.insert(catalogImports).values({ csv, fileName, createdBy: member.email }).returning({ id: catalogImports.id });
    importId = kept!.id;
  }
  return {
    status: "checked",
    importId,
    summary: problems.length ? "" : changesIn(plan) > 0 ? summaryOf(t, plan) : t("nothing"),
    problems,
    more: plan.moreErrors ? t("more", { count: plan.moreErrors }) : null,
    problemsTitle: problems.length ? t("problems", { count: problems.length + plan.moreErrors, file: fileName }) : null,
  };
}

/** One action for the import page's two forms: "Check file" sends a file, "Import" the checked file's id. */
export async function catalogImportStep(previous: CatalogImportState, form: FormData): Promise<CatalogImportState> {
  return form.has("importId") ? importCatalogCsv(previous, form) : checkCatalogCsv(previous, form);
}

/** Imports a checked file: checked again inside the import's transaction, written all or nothing, once. */
export async function importCatalogCsv(_previous: CatalogImportState, form: FormData): Promise<CatalogImportState> {
  const t = await getTranslations({ locale: localeFromForm(form), namespace: "admin.csv" });
  const member = await staffAction();
  if (isRefusal(member)) return { status: "error", message: (await getTranslations({ locale: localeFromForm(form), namespace: "admin" }))("errors.forbidden") };
  const id = form.get("importId");
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/.test(id)) return { status: "error", message: t("gone") };
  const db = await getDb();
  // Claimed first, so a double submit imports once.
  const [claimed] = await queryRows<{ csv: string; fileName: string }>(
    db,
    sql`update catalog_imports set imported_at = now() where id = ${id} and imported_at is null returning csv, file_name as "fileName"`,
  );
  if (!claimed) {
    const [exists] = await queryRows<{ id: string }>(db, sql`select id from catalog_imports where id = ${id}`);
    return { status: "error", message: exists ? t("already") : t("gone") };
  }
  const result = await applyCatalogImport(db, { csv: claimed.csv, actor: { id: member.id, email: member.email } });
  if (!result.ok) {
    // The store changed since the check (a category removed, a SKU taken): give the file back to be checked again.
    await db.execute(sql`update catalog_imports set imported_at = null where id = ${id}`);
    const problems = result.plan.errors.map((error) => ({ row: error.row, column: error.column ?? t("wholeFile"), message: problemText(t, error) }));
    return {
      status: "checked",
      importId: null,
      summary: "",
      problems,
      more: result.plan.moreErrors ? t("more", { count: result.plan.moreErrors }) : null,
      problemsTitle: t("problems", { count: problems.length + result.plan.moreErrors, file: claimed.fileName }),
    };
  }
  return { status: "imported", message: t("imported", { file: claimed.fileName, summary: summaryOf(t, result.plan) }) };
}
