import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit, type Actor } from "./audit";

export const reviewStatuses = ["published", "hidden"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** The reviews list's filters and page, read from the URL: anything malformed falls back to its default. */
export const reviewListQuery = z.object({
  status: z.enum(reviewStatuses).optional().catch(undefined),
  rating: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  /** Part of a product's English name or slug. */
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ReviewListQuery = z.infer<typeof reviewListQuery>;
export const reviewPageSize = 25;
/** Characters of a review's body the list shows. */
export const excerptLength = 160;

export interface AdminReviewRow {
  id: number;
  productSlug: string;
  productName: string;
  rating: number;
  title: string;
  /** The body's first `excerptLength` characters. */
  excerpt: string;
  /** Whether the body goes on past the excerpt. */
  truncated: boolean;
  authorName: string;
  locale: string;
  verifiedPurchase: boolean;
  status: ReviewStatus;
  moderatedBy: string | null;
  moderatedAt: Date | null;
  createdAt: Date;
}

const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
const toDate = (value: Date | string) => new Date(value);

/** One page of reviews, newest first, by status, rating and product (English name or slug), with the count of all that match. */
export async function listReviews(db: Executor, query: ReviewListQuery): Promise<{ rows: AdminReviewRow[]; total: number }> {
  const where: SQL[] = [sql`true`];
  if (query.status) where.push(sql`r.status = ${query.status}`);
  if (query.rating) where.push(sql`r.rating = ${query.rating}`);
  if (query.q) {
    const like = likeOf(query.q);
    where.push(sql`(p.slug ilike ${like} or t.name ilike ${like})`);
  }
  const condition = sql.join(where, sql` and `);
  const from = sql`reviews r join products p on p.id = r.product_id left join product_translations t on t.product_id = p.id and t.locale = 'en'`;
  const [rows, [count]] = await Promise.all([
    queryRows<Omit<AdminReviewRow, "createdAt" | "moderatedAt"> & { createdAt: Date | string; moderatedAt: Date | string | null }>(
      db,
      sql`select r.id, p.slug as "productSlug", coalesce(t.name, p.slug) as "productName", r.rating::int as rating, r.title,
                 left(r.body, ${excerptLength}) as excerpt, (length(r.body) > ${excerptLength}) as truncated,
                 r.author_name as "authorName", r.locale, r.verified_purchase as "verifiedPurchase", r.status,
                 r.moderated_by as "moderatedBy", r.moderated_at as "moderatedAt", r.created_at as "createdAt"
          from ${from} where ${condition}
          order by r.created_at desc, r.id desc
          limit ${reviewPageSize} offset ${(query.page - 1) * reviewPageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from ${from} where ${condition}`),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, createdAt: toDate(row.createdAt), moderatedAt: row.moderatedAt === null ? null : toDate(row.moderatedAt) })),
    total: count?.total ?? 0,
  };
}

/** A review as the audit log keeps it. */
interface ReviewRecord {
  id: number;
  productId: number;
  authorName: string;
  rating: number;
  title: string;
  body: string;
  locale: string;
  verifiedPurchase: boolean;
  status: ReviewStatus;
  moderatedBy: string | null;
  moderatedAt: string | null;
}

const recordColumns = sql`id, product_id as "productId", author_name as "authorName", rating::int as rating, title, body, locale,
  verified_purchase as "verifiedPurchase", status, moderated_by as "moderatedBy",
  to_char(moderated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "moderatedAt"`;

export type ReviewResult = { ok: true } | { ok: false; reason: "not_found" | "unchanged" };

/**
 * Hides a review (kept, with who hid it and when, but never shown or counted in the shop) or
 * publishes it again. The reviews table announces the change (migration 0012), so the product
 * page and its rating follow at once on every instance. Asking for the status it already has
 * writes nothing.
 */
export async function moderateReview(
  db: Executor,
  { id, status, actor, now = new Date() }: { id: number; status: ReviewStatus; actor: Actor; now?: Date },
): Promise<ReviewResult> {
  return db.transaction(async (tx) => {
    const [before] = await queryRows<ReviewRecord>(tx, sql`select ${recordColumns} from reviews where id = ${id} for update`);
    if (!before) return { ok: false, reason: "not_found" };
    if (before.status === status) return { ok: false, reason: "unchanged" };
    const [after] = await queryRows<ReviewRecord>(
      tx,
      sql`update reviews set status = ${status}, moderated_by = ${actor.email}, moderated_at = ${now.toISOString()}::timestamptz where id = ${id} returning ${recordColumns}`,
    );
    await recordAudit(tx, {
      actor,
      action: status === "hidden" ? "review.hide" : "review.publish",
      subjectType: "review",
      subjectId: String(id),
      before: { ...before },
      after: { ...after! },
      at: now,
    });
    return { ok: true };
  });
}

/** Deletes a review for good (its text stays in the audit row). */
export async function deleteReview(db: Executor, { id, actor, now = new Date() }: { id: number; actor: Actor; now?: Date }): Promise<ReviewResult> {
  return db.transaction(async (tx) => {
    const [removed] = await queryRows<ReviewRecord>(tx, sql`delete from reviews where id = ${id} returning ${recordColumns}`);
    if (!removed) return { ok: false, reason: "not_found" };
    await recordAudit(tx, { actor, action: "review.delete", subjectType: "review", subjectId: String(id), before: { ...removed }, after: null, at: now });
    return { ok: true };
  });
}
