import { sql } from "drizzle-orm";
import { queryRows } from "@/db/rows";
import { seedCategories, seedProducts } from "@/db/seed/catalog";
import { loadCatalog } from "@/db/seed/load";
import type { TestDatabase, TestDatabaseHandle } from "./databases";

export type VariantLookup = (slug: string, options: Record<string, string>) => Promise<number>;

/** Opens a fresh database with the seed catalog, and a way to find a variant's id by product and options. */
export async function openWithCatalog(target: TestDatabase, options?: { poolMax?: number; connectTimeoutSeconds?: number }): Promise<{ handle: TestDatabaseHandle; variant: VariantLookup }> {
  const handle = await target.open(options);
  await loadCatalog(handle.db, { categories: seedCategories, products: seedProducts, currency: "USD" });
  const variant: VariantLookup = async (slug, options) => {
    const [row] = await queryRows<{ id: number }>(
      handle.db,
      sql`select v.id from variants v join products p on p.id = v.product_id where p.slug = ${slug} and v.options = ${JSON.stringify(options)}::jsonb`,
    );
    if (!row) throw new Error(`No variant ${slug} ${JSON.stringify(options)}`);
    return row.id;
  };
  return { handle, variant };
}
