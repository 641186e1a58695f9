import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit, type Actor } from "./audit";
import { checkPromotion, invalid, type PromotionInput, type PromotionProblem, type RuleResult } from "./pricing-checks";

export type AdminPromotion = PromotionInput;

type Row = Omit<AdminPromotion, "startsAt" | "endsAt"> & { startsAt: Date | string; endsAt: Date | string };
const fromRow = (row: Row): AdminPromotion => ({ ...row, startsAt: new Date(row.startsAt), endsAt: new Date(row.endsAt) });
const columns = sql`id, percent_off as "percentOff", categories, starts_at as "startsAt", ends_at as "endsAt"`;

/** Every automatic promotion, latest start first. */
export async function listPromotions(db: Executor): Promise<AdminPromotion[]> {
  return (await queryRows<Row>(db, sql`select ${columns} from promotions order by starts_at desc, id`)).map(fromRow);
}

export async function loadPromotion(db: Executor, id: string): Promise<AdminPromotion | null> {
  const [row] = await queryRows<Row>(db, sql`select ${columns} from promotions where id = ${id}`);
  return row ? fromRow(row) : null;
}

export interface PromotionCategory {
  slug: string;
  name: string;
}

/** The catalog's categories with their names in `locale` (English where missing), for choosing what a promotion covers. */
export async function listPromotionCategories(db: Executor, locale: string): Promise<PromotionCategory[]> {
  return queryRows<PromotionCategory>(
    db,
    sql`select c.slug, coalesce(tl.name, te.name, c.slug) as name from categories c
        left join category_translations tl on tl.category_id = c.id and tl.locale = ${locale}
        left join category_translations te on te.category_id = c.id and te.locale = 'en'
        order by c.position, c.slug`,
  );
}

export type PromotionResult = RuleResult<PromotionProblem>;

const audited = (promotion: AdminPromotion) => ({ ...promotion, startsAt: promotion.startsAt.toISOString(), endsAt: promotion.endsAt.toISOString() });

/**
 * Creates a promotion (`isNew`; its id is then fixed) or changes one: a whole percentage from 1 to
 * 90 off every line in its categories (none = the whole catalog) that is not already on sale, from
 * its start to its end. Categories must exist. The next quote applies it while it runs.
 */
export async function savePromotion(
  db: Executor,
  { promotion, isNew, actor, now = new Date() }: { promotion: PromotionInput; isNew: boolean; actor: Actor; now?: Date },
): Promise<PromotionResult> {
  const categories = [...new Set(promotion.categories)];
  const input = { ...promotion, categories };
  return db.transaction(async (tx) => {
    const known = new Set((await queryRows<{ slug: string }>(tx, sql`select slug from categories`)).map((row) => row.slug));
    const problems = checkPromotion(input);
    const unknown = categories.filter((slug) => !known.has(slug));
    if (unknown.length && !problems.some((problem) => problem.field === "categories")) problems.push({ field: "categories", reason: "unknown_category", values: unknown });
    if (problems.length) return invalid(problems);
    const [before] = await queryRows<Row>(tx, sql`select ${columns} from promotions where id = ${input.id} for update`);
    if (isNew && before) return invalid<PromotionProblem>([{ field: "id", reason: "id_taken" }]);
    if (!isNew && !before) return { ok: false, reason: "not_found" } as const;
    const list = JSON.stringify(categories);
    const starts = input.startsAt.toISOString();
    const ends = input.endsAt.toISOString();
    await tx.execute(
      isNew
        ? sql`insert into promotions (id, percent_off, categories, starts_at, ends_at) values (${input.id}, ${input.percentOff}, ${list}::jsonb, ${starts}::timestamptz, ${ends}::timestamptz)`
        : sql`update promotions set percent_off = ${input.percentOff}, categories = ${list}::jsonb, starts_at = ${starts}::timestamptz, ends_at = ${ends}::timestamptz where id = ${input.id}`,
    );
    await recordAudit(tx, {
      actor,
      action: isNew ? "promotion.create" : "promotion.update",
      subjectType: "promotion",
      subjectId: input.id,
      before: before ? audited(fromRow(before)) : null,
      after: audited(input),
      at: now,
    });
    return { ok: true, id: input.id } as const;
  });
}

export async function removePromotion(db: Executor, { id, actor, now = new Date() }: { id: string; actor: Actor; now?: Date }): Promise<RuleResult<never>> {
  return db.transaction(async (tx) => {
    const [removed] = await queryRows<Row>(tx, sql`delete from promotions where id = ${id} returning ${columns}`);
    if (!removed) return { ok: false, reason: "not_found" } as const;
    await recordAudit(tx, { actor, action: "promotion.remove", subjectType: "promotion", subjectId: id, before: audited(fromRow(removed)), after: null, at: now });
    return { ok: true, id } as const;
  });
}
