import "server-only";
import { sql } from "drizzle-orm";
import webpush from "web-push";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { env } from "@/lib/env";
import { store } from "@/lib/store/config";

export const vapidKeysKey = "vapid_keys";

export interface VapidDetails {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/**
 * The keys that sign web pushes: VAPID_PUBLIC_KEY + VAPID_PRIVATE_KEY when set, else a pair generated
 * the first time and kept in store_meta, so every instance signs with the same key and browsers'
 * subscriptions (bound to the public key) survive restarts.
 */
export async function vapidDetails(db: Executor): Promise<VapidDetails> {
  return { ...(await vapidKeys(db)), subject: env.VAPID_SUBJECT ?? `mailto:${store.contact.email}` };
}

/** What the browser passes to pushManager.subscribe() as applicationServerKey. */
export async function vapidPublicKey(db: Executor): Promise<string> {
  return (await vapidKeys(db)).publicKey;
}

async function vapidKeys(db: Executor): Promise<{ publicKey: string; privateKey: string }> {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = env;
  if (publicKey && privateKey) return { publicKey, privateKey };
  if (publicKey || privateKey) {
    throw new Error("VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together (or neither: a pair is then generated and kept in the database).");
  }
  const { publicKey: generatedPublic, privateKey: generatedPrivate } = webpush.generateVAPIDKeys();
  const generated = JSON.stringify({ publicKey: generatedPublic, privateKey: generatedPrivate });
  // Two instances may race on the first push: the insert that loses reads back the winner's pair.
  const [created] = await queryRows<{ value: string }>(
    db,
    sql`insert into store_meta (key, value) values (${vapidKeysKey}, ${generated}) on conflict (key) do nothing returning value`,
  );
  const [row] = created ? [created] : await queryRows<{ value: string }>(db, sql`select value from store_meta where key = ${vapidKeysKey}`);
  return JSON.parse(row!.value) as { publicKey: string; privateKey: string };
}
