import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit, type Actor } from "@/lib/admin/audit";
import { defaultStoreSettings } from "./defaults";
import { adminOnlySections, sectionNames, settingsSections, type SettingsSection, type StoreSettings } from "./fields";

export interface SavedSettings {
  settings: StoreSettings;
  /** Bumped by every save: a save made on an older copy is refused, so one admin never overwrites another's change unseen. */
  version: number;
  /** The sections changed in the admin (the rest are the defaults). */
  changed: SettingsSection[];
}

/**
 * The store's settings as they are now: each section saved in the admin, else its default. A saved
 * section that no longer passes its schema (a fork changed it) falls back to the default, loudly.
 */
export async function loadStoreSettings(db: Executor): Promise<SavedSettings> {
  const [row] = await queryRows<{ values: Record<string, unknown>; version: number }>(db, sql`select "values", version from store_settings where id = 1`);
  const settings = defaultStoreSettings();
  const changed: SettingsSection[] = [];
  for (const name of sectionNames) {
    if (row?.values[name] === undefined) continue;
    const parsed = settingsSections[name].safeParse(row.values[name]);
    if (parsed.success) {
      (settings as unknown as Record<string, unknown>)[name] = parsed.data;
      changed.push(name);
    } else console.error(`[settings] the saved "${name}" settings are invalid; using the defaults:`, parsed.error.issues);
  }
  return { settings, version: row?.version ?? 0, changed };
}

export type SaveSettingsResult = { ok: true; version: number } | { ok: false; reason: "conflict" | "forbidden" | "invalid" };

/**
 * Saves one section as edited on `version`; the audit row keeps the section before and after.
 * Payment settings are an admin's only.
 */
export async function saveSettingsSection<Name extends SettingsSection>(
  db: Executor,
  { section, values, version, actor, role, now = new Date() }: { section: Name; values: StoreSettings[Name]; version: number; actor: Actor; role: "staff" | "admin"; now?: Date },
): Promise<SaveSettingsResult> {
  if (adminOnlySections.has(section) && role !== "admin") return { ok: false, reason: "forbidden" };
  const parsed = settingsSections[section].safeParse(values);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  return db.transaction(async (tx) => {
    await tx.execute(sql`insert into store_settings (id, "values", version) values (1, '{}'::jsonb, 0) on conflict (id) do nothing`);
    const [row] = await queryRows<{ values: Record<string, unknown>; version: number }>(tx, sql`select "values", version from store_settings where id = 1 for update`);
    if (row!.version !== version) return { ok: false, reason: "conflict" };
    const before = (await loadStoreSettings(tx)).settings[section];
    const [saved] = await queryRows<{ version: number }>(
      tx,
      sql`update store_settings set "values" = "values" || jsonb_build_object(${section}::text, ${JSON.stringify(parsed.data)}::jsonb),
            version = version + 1, updated_by = ${actor.email}, updated_at = ${now.toISOString()}::timestamptz
          where id = 1 returning version`,
    );
    await recordAudit(tx, { actor, action: `settings.${section}`, subjectType: "settings", subjectId: section, before: { ...before }, after: { ...parsed.data }, at: now });
    return { ok: true, version: saved!.version };
  });
}

/** Back to the defaults for one section (config and env). */
export async function resetSettingsSection(
  db: Executor,
  { section, version, actor, role, now = new Date() }: { section: SettingsSection; version: number; actor: Actor; role: "staff" | "admin"; now?: Date },
): Promise<SaveSettingsResult> {
  if (adminOnlySections.has(section) && role !== "admin") return { ok: false, reason: "forbidden" };
  return db.transaction(async (tx) => {
    const [row] = await queryRows<{ version: number }>(tx, sql`select version from store_settings where id = 1 for update`);
    if ((row?.version ?? 0) !== version) return { ok: false, reason: "conflict" };
    if (!row) return { ok: true, version: 0 };
    const before = (await loadStoreSettings(tx)).settings[section];
    const [saved] = await queryRows<{ version: number }>(
      tx,
      sql`update store_settings set "values" = "values" - ${section}::text, version = version + 1, updated_by = ${actor.email}, updated_at = ${now.toISOString()}::timestamptz
          where id = 1 returning version`,
    );
    await recordAudit(tx, { actor, action: `settings.${section}.reset`, subjectType: "settings", subjectId: section, before: { ...before }, after: { ...defaultSection(section) }, at: now });
    return { ok: true, version: saved!.version };
  });
}

const defaultSection = (section: SettingsSection) => defaultStoreSettings()[section];
