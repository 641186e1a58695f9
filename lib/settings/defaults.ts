import ms from "ms";
import { env } from "@/lib/env";
import { store } from "@/lib/store/config";
import type { StoreSettings } from "./fields";

/** "Juniper Lane <hello@juniperlane.example>" → its name and address (a bare address names the store). */
function splitSender(from: string): StoreSettings["mail"] {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { fromName: match[1]!.trim() || store.name, fromAddress: match[2]!.trim() } : { fromName: store.name, fromAddress: from.trim() };
}

/** The settings a fresh store runs with: lib/store/config.ts, with the env vars over it where they exist. */
export function defaultStoreSettings(): StoreSettings {
  const { checkout, recovery } = store;
  return {
    checkout: { askPhone: checkout.askPhone, askCompany: checkout.askCompany },
    payments: { methods: [...checkout.paymentMethods], bankTransfer: { ...checkout.bankTransfer } },
    recovery: {
      // RECOVERY_DELAYS is already in milliseconds; written back the way a merchant types it.
      delays: env.RECOVERY_DELAYS ? env.RECOVERY_DELAYS.map((delay) => ms(delay)) : [...recovery.delays],
      withoutConsent: recovery.withoutConsent,
      quietHours: { ...recovery.quietHours },
      incentive: recovery.incentive,
      incentiveValidDays: recovery.incentiveValidDays,
      staffAlert: recovery.staffAlert ? { minimum: { ...recovery.staffAlert.minimum }, to: recovery.staffAlert.to } : null,
      webhookUrls: [...env.RECOVERY_WEBHOOK_URLS],
      textReminders: env.RECOVERY_TEXT_REMINDERS ?? recovery.textReminders,
      exitOfferCode: recovery.exitOffer?.code ?? null,
    },
    mail: splitSender(env.MAIL_FROM),
  };
}
