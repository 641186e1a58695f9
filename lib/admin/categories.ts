import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { locales, type Locale } from "@/lib/i18n/locales";
import { isStoredImageUrl } from "@/lib/media/urls";
import { recordAudit, type Actor } from "./audit";

export interface AdminCategoryRow {
  id: number;
  slug: string;
  position: number;
  image: string;
  /** The English name. */
  name: string;
  /** Products of every status in the category. */
  productCount: number;
}

/** Every category in the shop's order, with how many products (of any status) are in each. */
export async function listAdminCategories(db: Executor): Promise<AdminCategoryRow[]> {
  return queryRows<AdminCategoryRow>(
    db,
    sql`select c.id, c.slug, c.position, c.image, coalesce(t.name, c.slug) as name,
               (select count(*)::int from products p where p.category_id = c.id) as "productCount"
        from categories c left join category_translations t on t.category_id = c.id and t.locale = 'en'
        order by c.position, c.id`,
  );
}

export interface CategoryText {
  name: string;
  description: string;
}

export interface EditableCategory extends Omit<AdminCategoryRow, "name"> {
  text: Partial<Record<Locale, CategoryText>>;
}

/** One category with its name and description in each language, for its edit page. */
export async function loadCategory(db: Executor, slug: string): Promise<EditableCategory | null> {
  const [category] = await queryRows<Omit<EditableCategory, "text">>(
    db,
    sql`select c.id, c.slug, c.position, c.image, (select count(*)::int from products p where p.category_id = c.id) as "productCount"
        from categories c where c.slug = ${slug}`,
  );
  if (!category) return null;
  const texts = await queryRows<CategoryText & { locale: string }>(db, sql`select locale, name, description from category_translations where category_id = ${category.id}`);
  return { ...category, text: Object.fromEntries(texts.filter((row) => (locales as readonly string[]).includes(row.locale)).map((row) => [row.locale, { name: row.name, description: row.description }])) };
}

/**
 * The pictures a category can show: every product image already in the catalog, and the
 * categories' own, de-duplicated, in catalog order.
 */
export async function listImageChoices(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ src: string }>(
    db,
    sql`select src from (
          select src, min(o) as o from (
            select c.image as src, c.position * 1000000 + c.id as o from categories c
            union all
            select i.src, 100000000 + i.product_id * 1000 + i.position as o from product_images i
          ) s group by src
        ) d order by o, src`,
  );
  return rows.map((row) => row.src);
}

export const categorySlug = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const categoryInput = z.object({
  slug: categorySlug,
  position: z.number().int().min(0).max(100_000),
  image: z.string().min(1).max(2000),
  text: z.object(
    Object.fromEntries(locales.map((locale) => [locale, z.object({ name: z.string().trim().min(1).max(100), description: z.string().trim().min(1).max(2000) })])) as Record<
      Locale,
      z.ZodObject<{ name: z.ZodString; description: z.ZodString }>
    >,
  ),
});
export type CategoryInput = z.infer<typeof categoryInput>;

export type CategorySaveResult =
  | { ok: true; slug: string }
  | { ok: false; reason: "invalid"; fields: string[] }
  | { ok: false; reason: "not_found" | "slug_taken" | "image" };

type CategoryRecord = { id: number; slug: string; position: number; image: string; text: Record<string, CategoryText> };

async function recordOf(tx: Executor, id: number): Promise<CategoryRecord | null> {
  const [row] = await queryRows<Omit<CategoryRecord, "text">>(tx, sql`select id, slug, position, image from categories where id = ${id}`);
  if (!row) return null;
  const texts = await queryRows<CategoryText & { locale: string }>(tx, sql`select locale, name, description from category_translations where category_id = ${id} order by locale`);
  return { ...row, text: Object.fromEntries(texts.map((text) => [text.locale, { name: text.name, description: text.description }])) };
}

/** Which fields of an input are wrong, by name (`slug`, `position`, `image`, `name_fa`, `description_uk`…). */
export function categoryProblems(input: unknown): string[] {
  const parsed = categoryInput.safeParse(input);
  if (parsed.success) return [];
  const names = parsed.error.issues.map((issue) => {
    const [first, locale, field] = issue.path.map(String);
    return first === "text" && locale ? `${field ?? "name"}_${locale}` : (first ?? "slug");
  });
  return [...new Set(names)];
}

/**
 * Creates a category (`slug` null) or changes one: its slug (unique, lowercase letters, digits and
 * dashes), its place in the shop's order, its picture (one already in the catalog, or an upload
 * stored through lib/media) and its name and description in every language, all required. A new
 * slug is carried into the promotions that name the old one, so a sale on the category goes on.
 * The catalog tables announce the change (migration 0012): the shop shows it on the next request.
 */
export async function saveCategory(
  db: Executor,
  { slug, category, actor, now = new Date() }: { slug: string | null; category: CategoryInput; actor: Actor; now?: Date },
): Promise<CategorySaveResult> {
  const fields = categoryProblems(category);
  if (fields.length) return { ok: false, reason: "invalid", fields };
  const input = categoryInput.parse(category);
  return db.transaction(async (tx) => {
    const [current] = slug === null ? [] : await queryRows<{ id: number }>(tx, sql`select id from categories where slug = ${slug} for update`);
    if (slug !== null && !current) return { ok: false, reason: "not_found" };
    const before = current ? await recordOf(tx, current.id) : null;
    const [clash] = await queryRows<{ id: number }>(tx, sql`select id from categories where slug = ${input.slug} and id is distinct from ${current?.id ?? null}`);
    if (clash) return { ok: false, reason: "slug_taken" };
    if (input.image !== before?.image && !isStoredImageUrl(input.image) && !(await listImageChoices(tx)).includes(input.image)) return { ok: false, reason: "image" };

    const [saved] = await queryRows<{ id: number }>(
      tx,
      current
        ? sql`update categories set slug = ${input.slug}, position = ${input.position}, image = ${input.image} where id = ${current.id} returning id`
        : sql`insert into categories (slug, position, image) values (${input.slug}, ${input.position}, ${input.image}) returning id`,
    );
    const id = saved!.id;
    for (const locale of locales) {
      const text = input.text[locale];
      await tx.execute(
        sql`insert into category_translations (category_id, locale, name, description) values (${id}, ${locale}, ${text.name}, ${text.description})
            on conflict (category_id, locale) do update set name = excluded.name, description = excluded.description`,
      );
    }
    if (before && before.slug !== input.slug) {
      await tx.execute(
        sql`update promotions set categories = (select jsonb_agg(case when value = ${before.slug} then ${input.slug} else value end) from jsonb_array_elements_text(categories) value)
            where categories @> ${JSON.stringify([before.slug])}::jsonb`,
      );
    }
    const after = await recordOf(tx, id);
    await recordAudit(tx, { actor, action: current ? "category.update" : "category.create", subjectType: "category", subjectId: String(id), before: before ? { ...before } : null, after: { ...after! }, at: now });
    return { ok: true, slug: input.slug };
  });
}

export type CategoryRemoveResult = { ok: true } | { ok: false; reason: "not_found" } | { ok: false; reason: "in_use"; count: number };

/** Deletes a category with no product in it (of any status); otherwise says how many products are. */
export async function removeCategory(db: Executor, { slug, actor, now = new Date() }: { slug: string; actor: Actor; now?: Date }): Promise<CategoryRemoveResult> {
  return db.transaction(async (tx) => {
    const [current] = await queryRows<{ id: number }>(tx, sql`select id from categories where slug = ${slug} for update`);
    if (!current) return { ok: false, reason: "not_found" };
    // A product added meanwhile waits on this row lock (its foreign key check) and then fails: none slips in.
    const [{ count } = { count: 0 }] = await queryRows<{ count: number }>(tx, sql`select count(*)::int as count from products where category_id = ${current.id}`);
    if (count > 0) return { ok: false, reason: "in_use", count };
    const before = await recordOf(tx, current.id);
    await tx.execute(sql`delete from categories where id = ${current.id}`);
    await recordAudit(tx, { actor, action: "category.delete", subjectType: "category", subjectId: String(current.id), before: { ...before! }, after: null, at: now });
    return { ok: true };
  });
}
