import type { RecoverySettings } from "@/lib/recovery/settings";

const hour = 60 * 60_000;

/** The store's default reminders (1 h, 24 h, 72 h; quiet 21:00–08:00; 10 % on the last), in the UTC zone. */
export const testRecoverySettings: RecoverySettings = {
  delays: [hour, 24 * hour, 72 * hour],
  withoutConsent: "first-reminder",
  quietHours: { from: "21:00", to: "08:00" },
  incentive: { kind: "percent", value: 10 },
  incentiveValidDays: 7,
  attributionDays: 7,
  storeTimeZone: "UTC",
  staffAlert: null,
  webhookUrls: [],
  segments: [],
  textReminders: false,
};
