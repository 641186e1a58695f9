import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { storeMeta } from "@/db/schema";
import { env } from "@/lib/env";

const secretKey = "signing_secret";
let key: Promise<Buffer> | undefined;

/**
 * The key that signs cookies: AUTH_SECRET when set, else a random key generated once and kept in
 * the database, so signed cookies survive restarts and every instance on one database agrees.
 */
export function signingKey(): Promise<Buffer> {
  key ??= load().catch((error: unknown) => {
    key = undefined;
    throw error;
  });
  return key;
}

async function load(): Promise<Buffer> {
  if (env.AUTH_SECRET) return Buffer.from(env.AUTH_SECRET);
  const db = await getDb();
  await db.insert(storeMeta).values({ key: secretKey, value: randomBytes(32).toString("base64url") }).onConflictDoNothing();
  const [row] = await db.select().from(storeMeta).where(eq(storeMeta.key, secretKey));
  return Buffer.from(row!.value);
}
