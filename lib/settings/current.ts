import "server-only";
import { getDb } from "@/db";
import { loadStoreSettings } from "./store-settings";
import type { StoreSettings } from "./fields";

/**
 * This request's store settings. Read from the database each time (one row by its key), so a save
 * shows on the next request on every instance; cached pages that show a setting are retired by
 * the row's announcement (migration 0019).
 */
export async function currentSettings(): Promise<StoreSettings> {
  return (await loadStoreSettings(await getDb())).settings;
}
