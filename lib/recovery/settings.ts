import { z } from "zod";
import type { Executor } from "@/db/client";
import { env } from "@/lib/env";
import type { StoreSettings } from "@/lib/settings/fields";
import { loadStoreSettings } from "@/lib/settings/store-settings";
import { store } from "@/lib/store/config";
import { delayListSchema } from "./delays";
import { segmentRuleSchema } from "./segments";

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM");

const settingsSchema = z.object({
  delays: delayListSchema,
  withoutConsent: z.enum(["first-reminder", "none"]),
  quietHours: z.object({ from: clockTime, to: clockTime }),
  incentive: z
    .discriminatedUnion("kind", [z.object({ kind: z.literal("percent"), value: z.number().int().min(1).max(100) }), z.object({ kind: z.literal("free_shipping") })])
    .nullable(),
  incentiveValidDays: z.number().int().min(1),
  attributionDays: z.number().int().min(1),
  staffAlert: z
    .object({ minimum: z.record(z.string().regex(/^[A-Z]{3}$/, "must be ISO currency codes"), z.number().int().min(0)), to: z.email() })
    .nullable()
    .default(null),
  /** E5: the treatment of each segment, first matching rule wins; a cart no rule matches gets the whole sequence. */
  segments: z.array(segmentRuleSchema).default([]),
  /** E3: offer "text me a reminder" with a mobile number at checkout. */
  textReminders: z.boolean().default(false),
  /** Where the recovery events go as webhooks (RECOVERY_WEBHOOK_URLS); none: nothing is recorded. */
  webhookUrls: z.array(z.url()).default([]),
  /** Where quiet hours are kept when the shopper's own time zone is unknown. */
  storeTimeZone: z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin"),
});

export type RecoverySettings = z.infer<typeof settingsSchema>;

/** An IANA zone name this runtime knows (what the browser reported may not be). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The merchant's `store.recovery`, with `RECOVERY_DELAYS` (already in milliseconds) over its delays; throws one clear error. */
export function parseRecoverySettings(
  config: { delays: readonly string[] },
  storeTimeZone: string,
  envDelays?: number[],
  webhookUrls: string[] = [],
  textReminders?: boolean,
): RecoverySettings {
  const parsed = settingsSchema.safeParse({ ...config, delays: [...config.delays], storeTimeZone, webhookUrls, ...(textReminders !== undefined && { textReminders }) });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - recovery.${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid abandoned-cart settings in lib/store/config.ts:\n${lines.join("\n")}\nSee docs/recovery.md.`);
  }
  return envDelays ? { ...parsed.data, delays: envDelays } : parsed.data;
}

let current: RecoverySettings | undefined;

/** This store's reminder settings, checked once (instrumentation.ts asks at start-up, so a bad value stops the server there). */
export function recoverySettings(): RecoverySettings {
  current ??= parseRecoverySettings(store.recovery, store.contact.timeZone, env.RECOVERY_DELAYS, env.RECOVERY_WEBHOOK_URLS, env.RECOVERY_TEXT_REMINDERS);
  return current;
}

/**
 * The reminder settings with the admin's saved recovery section (lib/settings) over the defaults:
 * what every step, start and attribution uses, read in the caller's transaction.
 */
export function recoverySettingsWith(section: StoreSettings["recovery"]): RecoverySettings {
  // The exit offer is the cart page's business (lib/recovery/exit-offer.ts), not the reminders'.
  const saved: Partial<StoreSettings["recovery"]> = { ...section };
  delete saved.exitOfferCode;
  return parseRecoverySettings({ ...store.recovery, ...saved, delays: section.delays }, store.contact.timeZone, undefined, section.webhookUrls, section.textReminders);
}

export async function loadRecoverySettings(db: Executor): Promise<RecoverySettings> {
  return recoverySettingsWith((await loadStoreSettings(db)).settings.recovery);
}
