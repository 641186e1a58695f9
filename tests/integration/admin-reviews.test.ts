import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { queryRows } from "@/db/rows";
import type { AdminFormState } from "@/lib/admin/form-state";
import { deleteReview, listReviews, moderateReview, reviewListQuery } from "@/lib/admin/reviews";
import { getProduct, listProducts } from "@/lib/catalog/queries";
import type { Locale } from "@/lib/i18n/locales";
import { openWithCatalog } from "../support/catalog";
import { testDatabases } from "../support/databases";

const state = vi.hoisted(() => ({
  session: null as null | { user: { id: string; email: string; role: string } },
  db: null as null | Database,
}));
vi.mock("@/lib/accounts/auth", () => ({ auth: async () => state.session }));
vi.mock("@/db", () => ({ getDb: async () => state.db! }));
vi.mock("next/cache", () => ({ refresh: () => {} }));
// The actions' words, from the real message files merged as lib/i18n/messages.ts merges them (next-intl's request config needs Next itself).
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: string; namespace?: string }) => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, `${file}.json`), "utf8"));
    const ui = read("ui");
    return createTranslator({ locale: locale as Locale, namespace: namespace as never, messages: { ...ui, admin: { ...ui.admin, ...read("admin-catalog") } } });
  },
}));

const actor = { id: null, email: "staff@example.com" };
const staff = { user: { id: "staff-1", email: "moderator@example.com", role: "staff" } };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const idle: AdminFormState = { status: "idle" };

describe.each(testDatabases())("admin reviews on $name", (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    ({ handle } = await openWithCatalog(target));
    state.db = handle.db;
  });
  afterAll(async () => handle?.close());

  /** A product with at least two reviews, and its reviews. */
  const reviewedProduct = async (skip = 0) => {
    const [product] = await queryRows<{ id: number; slug: string }>(
      handle.db,
      sql`select p.id, p.slug from products p where p.status = 'active' and (select count(*) from reviews r where r.product_id = p.id and r.status = 'published') >= 2 order by p.id offset ${skip} limit 1`,
    );
    const reviews = await queryRows<{ id: number; rating: number; status: string }>(handle.db, sql`select id, rating::int as rating, status from reviews where product_id = ${product!.id} order by id`);
    return { ...product!, reviews };
  };
  const audits = (id: number) =>
    queryRows<{ action: string; actorEmail: string; before: unknown; after: unknown }>(
      handle.db,
      sql`select action, actor_email as "actorEmail", before, after from admin_audit where subject_type = 'review' and subject_id = ${String(id)} order by id`,
    );
  const cardRating = async (id: number) => (await listProducts(handle.db, { locale: "en", onlyIds: [id], limit: 1 })).items[0]!.rating;
  const statusOf = async (id: number) => (await queryRows<{ status: string }>(handle.db, sql`select status from reviews where id = ${id}`))[0]?.status;

  it("lists reviews newest first, paged, by status, rating and product name or slug", async () => {
    const all = await listReviews(handle.db, reviewListQuery.parse({}));
    expect(all.total).toBeGreaterThan(0);
    const times = all.rows.map((row) => row.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const { slug } = await reviewedProduct();
    const bySlug = await listReviews(handle.db, reviewListQuery.parse({ q: slug }));
    expect(bySlug.rows.length).toBeGreaterThan(0);
    expect(bySlug.rows.every((row) => row.productSlug === slug)).toBe(true);
    const name = bySlug.rows[0]!.productName;
    expect((await listReviews(handle.db, reviewListQuery.parse({ q: name.toUpperCase() }))).rows.some((row) => row.productSlug === slug)).toBe(true);
    const fives = await listReviews(handle.db, reviewListQuery.parse({ rating: "5" }));
    expect(fives.rows.every((row) => row.rating === 5)).toBe(true);
    expect((await listReviews(handle.db, reviewListQuery.parse({ status: "hidden" }))).total).toBe(0);
    // A malformed filter falls back to its default rather than failing.
    expect(reviewListQuery.parse({ rating: "9", status: "gone", page: "-2" })).toEqual({ page: 1 });
    expect((await listReviews(handle.db, reviewListQuery.parse({ page: "500" }))).rows).toEqual([]);
  });

  it("a hidden review leaves getProduct, its rating count and average (product page and cards); publishing brings it back; each change is audited", async () => {
    const product = await reviewedProduct();
    const before = (await getProduct(handle.db, { slug: product.slug, locale: "en" }))!;
    const beforeCard = await cardRating(product.id);
    expect(beforeCard).toEqual({ average: before.rating.average, count: before.rating.count });
    const target = product.reviews[0]!;
    expect(before.reviews.map((review) => review.id)).toContain(target.id);

    expect(await moderateReview(handle.db, { id: target.id, status: "hidden", actor })).toEqual({ ok: true });
    const hidden = (await getProduct(handle.db, { slug: product.slug, locale: "en" }))!;
    expect(hidden.reviews.map((review) => review.id)).not.toContain(target.id);
    expect(hidden.rating.count).toBe(before.rating.count - 1);
    const rest = product.reviews.filter((review) => review.id !== target.id && review.status === "published");
    const expected = Math.round((rest.reduce((sum, review) => sum + review.rating, 0) / rest.length) * 10) / 10;
    expect(hidden.rating.average).toBeCloseTo(expected, 5);
    expect(hidden.rating.histogram.reduce((sum, count) => sum + count, 0)).toBe(hidden.rating.count);
    expect(await cardRating(product.id)).toEqual({ average: hidden.rating.average, count: hidden.rating.count });
    const row = (await listReviews(handle.db, reviewListQuery.parse({ status: "hidden" }))).rows.find((review) => review.id === target.id);
    expect(row).toMatchObject({ status: "hidden", moderatedBy: "staff@example.com" });

    expect(await moderateReview(handle.db, { id: target.id, status: "published", actor })).toEqual({ ok: true });
    const back = (await getProduct(handle.db, { slug: product.slug, locale: "en" }))!;
    expect(back.reviews.map((review) => review.id)).toContain(target.id);
    expect(back.rating).toEqual(before.rating);
    expect(await cardRating(product.id)).toEqual(beforeCard);

    const trail = await audits(target.id);
    expect(trail.map((entry) => entry.action)).toEqual(["review.hide", "review.publish"]);
    expect(trail[0]).toMatchObject({ before: { status: "published" }, after: { status: "hidden", moderatedBy: "staff@example.com" } });
    expect(trail[1]).toMatchObject({ before: { status: "hidden" }, after: { status: "published" } });
  });

  it("deletes a review with an audit row keeping its text; an unknown review or an unchanged status writes nothing", async () => {
    const product = await reviewedProduct(1);
    const target = product.reviews[0]!;
    expect(await moderateReview(handle.db, { id: target.id, status: "published", actor })).toEqual({ ok: false, reason: "unchanged" });
    expect(await audits(target.id)).toEqual([]);
    expect(await deleteReview(handle.db, { id: target.id, actor })).toEqual({ ok: true });
    expect(await statusOf(target.id)).toBeUndefined();
    const product2 = (await getProduct(handle.db, { slug: product.slug, locale: "en" }))!;
    expect(product2.reviews.map((review) => review.id)).not.toContain(target.id);
    expect(await audits(target.id)).toEqual([expect.objectContaining({ action: "review.delete", before: expect.objectContaining({ id: target.id, rating: target.rating }), after: null })]);
    expect(await deleteReview(handle.db, { id: target.id, actor })).toEqual({ ok: false, reason: "not_found" });
    expect(await moderateReview(handle.db, { id: target.id, status: "hidden", actor })).toEqual({ ok: false, reason: "not_found" });
    expect(await audits(target.id)).toHaveLength(1);
  });

  describe("actions", () => {
    it("refuse a signed-out visitor and a shopper, changing nothing", async () => {
      const { moderateReviewAction, deleteReviewAction } = await import("@/lib/admin/review-actions");
      const target = (await reviewedProduct()).reviews[1]!;
      for (const session of [null, { user: { id: "u1", email: "shopper@example.com", role: "shopper" } }]) {
        state.session = session;
        expect(await moderateReviewAction(idle, form({ locale: "en", id: String(target.id), status: "hidden" }))).toMatchObject({
          status: "error",
          message: "Only staff can do that. Sign in again with a staff account.",
        });
        expect(await deleteReviewAction(idle, form({ locale: "en", id: String(target.id), confirm: "yes" }))).toMatchObject({ status: "error", message: expect.stringContaining("staff") });
      }
      expect(await statusOf(target.id)).toBe("published");
      expect(await audits(target.id)).toEqual([]);
    });

    it("refuse bad input with its reason and write nothing; staff hide, publish and delete with an audit row each", async () => {
      const { moderateReviewAction, deleteReviewAction } = await import("@/lib/admin/review-actions");
      state.session = staff;
      const target = (await reviewedProduct()).reviews[1]!;
      expect(await moderateReviewAction(idle, form({ locale: "en", id: String(target.id), status: "deleted" }))).toMatchObject({ status: "error", message: "Choose whether to hide or publish the review." });
      expect(await moderateReviewAction(idle, form({ locale: "en", id: "abc", status: "hidden" }))).toMatchObject({ status: "error", message: "This review no longer exists." });
      expect(await moderateReviewAction(idle, form({ locale: "en", id: "999999", status: "hidden" }))).toMatchObject({ status: "error", message: "This review no longer exists." });
      expect(await moderateReviewAction(idle, form({ locale: "en", id: String(target.id), status: "published" }))).toMatchObject({ status: "error", message: expect.stringContaining("already") });
      expect(await deleteReviewAction(idle, form({ locale: "en", id: String(target.id) }))).toMatchObject({ status: "error", fields: { confirm: "Confirm the deletion first." } });
      expect(await statusOf(target.id)).toBe("published");
      expect(await audits(target.id)).toEqual([]);

      expect(await moderateReviewAction(idle, form({ locale: "uk", id: String(target.id), status: "hidden" }))).toEqual({ status: "done", message: "Відгук приховано з магазину." });
      expect(await statusOf(target.id)).toBe("hidden");
      expect(await moderateReviewAction(idle, form({ locale: "en", id: String(target.id), status: "published" }))).toMatchObject({ status: "done" });
      expect(await deleteReviewAction(idle, form({ locale: "fa", id: String(target.id), confirm: "yes" }))).toEqual({ status: "done", message: "نظر حذف شد." });
      expect(await statusOf(target.id)).toBeUndefined();
      expect((await audits(target.id)).map((entry) => [entry.action, entry.actorEmail])).toEqual([
        ["review.hide", "moderator@example.com"],
        ["review.publish", "moderator@example.com"],
        ["review.delete", "moderator@example.com"],
      ]);
    });
  });
});
