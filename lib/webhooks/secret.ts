import "server-only";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { env } from "@/lib/env";

export const webhookSecretKey = "webhook_secret";

/**
 * The key that signs outgoing webhooks: RECOVERY_WEBHOOK_SECRET when set, else one generated the
 * first time a webhook goes out and kept in store_meta (every instance agrees, restarts keep it);
 * the log says where the merchant finds it to configure the receiving side.
 */
export async function webhookSecret(db: Executor): Promise<string> {
  if (env.RECOVERY_WEBHOOK_SECRET) return env.RECOVERY_WEBHOOK_SECRET;
  const generated = `whsec_${randomBytes(24).toString("base64")}`;
  const [created] = await queryRows<{ value: string }>(
    db,
    sql`insert into store_meta (key, value) values (${webhookSecretKey}, ${generated}) on conflict (key) do nothing returning value`,
  );
  if (created) {
    console.info(
      `[webhooks] generated a signing secret for RECOVERY_WEBHOOK_URLS; read it with \`select value from store_meta where key = '${webhookSecretKey}'\` (or set RECOVERY_WEBHOOK_SECRET)`,
    );
    return created.value;
  }
  const [row] = await queryRows<{ value: string }>(db, sql`select value from store_meta where key = ${webhookSecretKey}`);
  return row!.value;
}
