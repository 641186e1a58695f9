import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import { listAdminCategories, listImageChoices, loadCategory, removeCategory, saveCategory, type CategoryInput } from "@/lib/admin/categories";
import type { AdminFormState } from "@/lib/admin/form-state";
import { listCategories } from "@/lib/catalog/queries";
import { locales, type Locale } from "@/lib/i18n/locales";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const state = vi.hoisted(() => {
  // Uploads go to a throwaway folder: `uploads` beside DATA_DIR (lib/media/config.ts).
  const root = `${process.env.TMPDIR ?? "/tmp"}/category-media-${process.pid}-${Date.now()}`;
  process.env.DATA_DIR = `${root}/pglite`;
  return { root, session: null as null | { user: { id: string; email: string; role: string } }, db: null as null | Database };
});
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8"));
    const ui = read("ui");
    return createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: { ...ui, admin: { ...ui.admin, ...read("admin-catalog") } } });
  },
}));

const actor = { id: null, email: "staff@example.com" };
const staff = { user: { id: "staff-1", email: "merch@example.com", role: "staff" } };
const idle: AdminFormState = { status: "idle" };
const everyLanguage = (name: string) => Object.fromEntries(locales.map((locale) => [locale, { name: `${name} ${locale}`, description: `About ${name} (${locale})` }])) as CategoryInput["text"];

describe.each(testDatabases())("admin categories on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    ({ handle } = await openWithCatalog(target));
    state.db = handle.db;
  });
  afterAll(async () => {
    await handle?.close();
    rmSync(state.root, { recursive: true, force: true });
  });

  const audits = (subject: string) =>
    queryRows<{ action: string; actorEmail: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
      handle.db,
      sql`select action, actor_email as "actorEmail", before, after from admin_audit where subject_type = 'category' and subject_id = ${subject} order by id`,
    );
  const categoryCount = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from categories`))[0]!.n;
  const auditCount = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from admin_audit where subject_type = 'category'`))[0]!.n;
  const form = (fields: Record<string, string | File>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return data;
  };
  const fullForm = (values: { original?: string; slug: string; image: string; name: string; position?: string }) =>
    form({
      locale: "en",
      original: values.original ?? "",
      slug: values.slug,
      position: values.position ?? "7",
      image: values.image,
      ...Object.fromEntries(locales.flatMap((locale) => [[`name_${locale}`, `${values.name} ${locale}`], [`description_${locale}`, `About ${values.name}`]])),
    });

  it("lists every category in the shop's order with its product count, and the catalog's pictures to choose from", async () => {
    const rows = await listAdminCategories(handle.db);
    expect(rows.length).toBeGreaterThan(0);
    const counts = await queryRows<{ slug: string; n: number }>(handle.db, sql`select c.slug, count(p.id)::int as n from categories c left join products p on p.category_id = c.id group by c.slug`);
    for (const row of rows) expect(row.productCount).toBe(counts.find((count) => count.slug === row.slug)!.n);
    expect(rows.map((row) => row.slug)).toEqual((await listCategories(handle.db, { locale: "en" })).map((category) => category.slug));
    const choices = await listImageChoices(handle.db);
    expect(choices).toEqual([...new Set(choices)]);
    const [productImage] = await queryRows<{ src: string }>(handle.db, sql`select src from product_images limit 1`);
    expect(choices).toContain(productImage!.src);
    expect(choices).toContain(rows[0]!.image);
  });

  it("a renamed category shows its new name in listCategories at once, in every language; a new slug carries into promotions", async () => {
    const [first] = await listAdminCategories(handle.db);
    const before = (await loadCategory(handle.db, first!.slug))!;
    await handle.db.execute(sql`insert into promotions (id, percent_off, categories, starts_at, ends_at) values ('cat-sale', 10, ${JSON.stringify([first!.slug, "other"])}::jsonb, now(), now() + interval '1 day')`);
    const renamed = { slug: `${first!.slug}-new`, position: before.position, image: before.image, text: everyLanguage("Renamed") };
    expect(await saveCategory(handle.db, { slug: first!.slug, category: renamed, actor })).toEqual({ ok: true, slug: `${first!.slug}-new` });
    for (const locale of locales) {
      const shown = (await listCategories(handle.db, { locale })).find((category) => category.id === first!.id);
      expect(shown).toMatchObject({ slug: `${first!.slug}-new`, name: `Renamed ${locale}`, description: `About Renamed (${locale})` });
    }
    const [promotion] = await queryRows<{ categories: string[] | string }>(handle.db, sql`select categories from promotions where id = 'cat-sale'`);
    const slugs = typeof promotion!.categories === "string" ? JSON.parse(promotion!.categories) : promotion!.categories;
    expect(slugs).toEqual([`${first!.slug}-new`, "other"]);
    expect(await loadCategory(handle.db, first!.slug)).toBeNull();
    const [audit] = await audits(String(first!.id));
    expect(audit).toMatchObject({ action: "category.update", before: { slug: first!.slug, text: { en: before.text.en } }, after: { slug: `${first!.slug}-new`, text: { en: { name: "Renamed en" } } } });
  });

  it("creates a category and deletes it only while no product is in it, saying how many are", async () => {
    const [image] = await listImageChoices(handle.db);
    expect(await saveCategory(handle.db, { slug: null, category: { slug: "gift-cards", position: 9, image: image!, text: everyLanguage("Gift cards") }, actor })).toEqual({ ok: true, slug: "gift-cards" });
    const created = (await listAdminCategories(handle.db)).find((row) => row.slug === "gift-cards")!;
    expect(created).toMatchObject({ position: 9, productCount: 0, name: "Gift cards en" });
    expect((await listCategories(handle.db, { locale: "fa" })).find((row) => row.slug === "gift-cards")?.name).toBe("Gift cards fa");

    const full = (await listAdminCategories(handle.db)).find((row) => row.productCount > 0)!;
    expect(await removeCategory(handle.db, { slug: full.slug, actor })).toEqual({ ok: false, reason: "in_use", count: full.productCount });
    expect(await audits(String(full.id))).toEqual(expect.not.arrayContaining([expect.objectContaining({ action: "category.delete" })]));

    expect(await removeCategory(handle.db, { slug: "gift-cards", actor })).toEqual({ ok: true });
    expect((await listCategories(handle.db, { locale: "en" })).some((row) => row.slug === "gift-cards")).toBe(false);
    expect(await queryRows(handle.db, sql`select 1 from category_translations where category_id = ${created.id}`)).toEqual([]);
    expect((await audits(String(created.id))).map((row) => row.action)).toEqual(["category.create", "category.delete"]);
    expect(await removeCategory(handle.db, { slug: "gift-cards", actor })).toEqual({ ok: false, reason: "not_found" });
  });

  it("refuses a taken or malformed slug, a missing translation, a bad position or a picture from elsewhere, writing nothing", async () => {
    const [first, second] = await listAdminCategories(handle.db);
    const base = (await loadCategory(handle.db, second!.slug))!;
    const input = { slug: second!.slug, position: 3, image: base.image, text: everyLanguage("Kept") };
    const writes = [await categoryCount(), await auditCount()];
    expect(await saveCategory(handle.db, { slug: second!.slug, category: { ...input, slug: first!.slug }, actor })).toEqual({ ok: false, reason: "slug_taken" });
    expect(await saveCategory(handle.db, { slug: null, category: { ...input, slug: first!.slug }, actor })).toEqual({ ok: false, reason: "slug_taken" });
    for (const slug of ["Shirts", "-a", "a--b", "a b", "ä", "", "x".repeat(81)]) {
      expect(await saveCategory(handle.db, { slug: second!.slug, category: { ...input, slug }, actor })).toEqual({ ok: false, reason: "invalid", fields: ["slug"] });
    }
    const noPersian = { ...input, text: { ...input.text, fa: { name: " ", description: "" } } };
    expect(await saveCategory(handle.db, { slug: second!.slug, category: noPersian, actor })).toEqual({ ok: false, reason: "invalid", fields: ["name_fa", "description_fa"] });
    expect(await saveCategory(handle.db, { slug: second!.slug, category: { ...input, position: -1 }, actor })).toEqual({ ok: false, reason: "invalid", fields: ["position"] });
    expect(await saveCategory(handle.db, { slug: second!.slug, category: { ...input, image: "https://evil.example/x.webp" }, actor })).toEqual({ ok: false, reason: "image" });
    expect(await saveCategory(handle.db, { slug: "no-such-category", category: input, actor })).toEqual({ ok: false, reason: "not_found" });
    expect([await categoryCount(), await auditCount()]).toEqual(writes);
    expect(await loadCategory(handle.db, second!.slug)).toEqual(base);
    // An uploaded picture (lib/media) is accepted.
    const uploaded = `/media/${"a".repeat(64)}.webp`;
    expect(await saveCategory(handle.db, { slug: second!.slug, category: { ...input, image: uploaded }, actor })).toEqual({ ok: true, slug: second!.slug });
    expect((await loadCategory(handle.db, second!.slug))!.image).toBe(uploaded);
  });

  describe("actions", () => {
    it("refuse a signed-out visitor and a shopper, writing nothing", async () => {
      const { saveCategoryAction, removeCategoryAction } = await import("@/lib/admin/category-actions");
      const [image] = await listImageChoices(handle.db);
      const writes = [await categoryCount(), await auditCount()];
      for (const session of [null, { user: { id: "u1", email: "shopper@example.com", role: "shopper" } }]) {
        state.session = session;
        expect(await saveCategoryAction(idle, fullForm({ slug: "sneaky", image: image!, name: "Sneaky" }))).toMatchObject({ status: "error", message: "Only staff can do that. Sign in again with a staff account." });
        const empty = (await listAdminCategories(handle.db)).find((row) => row.productCount === 0);
        expect(await removeCategoryAction(idle, form({ locale: "en", original: empty?.slug ?? "x", confirm: "yes" }))).toMatchObject({ status: "error", message: expect.stringContaining("staff") });
      }
      expect([await categoryCount(), await auditCount()]).toEqual(writes);
    });

    it("name each problem at its field, keep what was typed and write nothing; a good form saves and opens the category", async () => {
      const { saveCategoryAction, removeCategoryAction } = await import("@/lib/admin/category-actions");
      state.session = staff;
      const [first] = await listAdminCategories(handle.db);
      const [image] = await listImageChoices(handle.db);
      const writes = [await categoryCount(), await auditCount()];
      const bad = fullForm({ slug: "Bad Slug", image: "/etc/passwd", name: "Lamps", position: "x" });
      bad.set("name_uk", "");
      const answer = await saveCategoryAction(idle, bad);
      expect(answer).toMatchObject({
        status: "error",
        message: "Check the highlighted fields.",
        fields: { slug: expect.stringContaining("lowercase"), position: expect.stringContaining("whole number"), name_uk: "Enter a name, up to 100 characters." },
        values: { slug: "Bad Slug", name_en: "Lamps en" },
      });
      expect(await saveCategoryAction(idle, fullForm({ slug: "lamps", image: "/etc/passwd", name: "Lamps" }))).toMatchObject({ fields: { image: "Choose one of the pictures shown, or upload one." } });
      expect(await saveCategoryAction(idle, fullForm({ slug: first!.slug, image: image!, name: "Lamps" }))).toMatchObject({ fields: { slug: "Another category already has this slug." } });
      const fake = fullForm({ slug: "lamps", image: "", name: "Lamps" });
      fake.set("upload", new File([new TextEncoder().encode("<svg onload=alert(1)>")], "lamp.png", { type: "image/png" }));
      expect(await saveCategoryAction(idle, fake)).toMatchObject({ fields: { upload: expect.stringContaining("not a JPEG, PNG, WebP or AVIF") } });
      expect(await removeCategoryAction(idle, form({ locale: "en", original: first!.slug }))).toMatchObject({ status: "error", message: "Confirm the deletion first." });
      expect(await removeCategoryAction(idle, form({ locale: "en", original: first!.slug, confirm: "yes" }))).toMatchObject({ status: "error", message: expect.stringMatching(/This category still has \d+ products?/) });
      expect([await categoryCount(), await auditCount()]).toEqual(writes);
      expect(existsSync(path.join(state.root, "uploads")) ? readdirSync(path.join(state.root, "uploads")) : []).toEqual([]);

      await expect(saveCategoryAction(idle, fullForm({ slug: "lamps", image: image!, name: "Lamps" }))).rejects.toThrow("NEXT_REDIRECT /en/admin/categories/lamps?saved=1");
      const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#aa8800" } }).png().toBuffer();
      const upload = fullForm({ original: "lamps", slug: "lamps", image: image!, name: "Lamps" });
      upload.set("upload", new File([new Uint8Array(png)], "lamps.png", { type: "image/png" }));
      await expect(saveCategoryAction(idle, upload)).rejects.toThrow("NEXT_REDIRECT /en/admin/categories/lamps?saved=1");
      const saved = (await loadCategory(handle.db, "lamps"))!;
      expect(saved.image).toMatch(/^\/media\/[0-9a-f]{64}\.webp$/);
      expect(readdirSync(path.join(state.root, "uploads"))).toEqual([saved.image.slice("/media/".length)]);
      await expect(removeCategoryAction(idle, form({ locale: "fa", original: "lamps", confirm: "yes" }))).rejects.toThrow("NEXT_REDIRECT /fa/admin/categories?deleted=1");
      expect((await audits(String(saved.id))).map((row) => [row.action, row.actorEmail])).toEqual([
        ["category.create", "merch@example.com"],
        ["category.update", "merch@example.com"],
        ["category.delete", "merch@example.com"],
      ]);
    });
  });
});
