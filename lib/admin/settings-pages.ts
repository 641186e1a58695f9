import "server-only";
import { getDb } from "@/db";
import { loadStoreSettings } from "@/lib/settings/store-settings";

/** The settings as they are now, with their version and which sections differ from the defaults, for the settings page. */
export async function loadSettingsPage() {
  return loadStoreSettings(await getDb());
}
