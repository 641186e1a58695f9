import { z } from "zod";
import { delayListSchema } from "@/lib/recovery/delays";

/**
 * What staff can change in the admin's settings, section by section. A section saved in the admin
 * replaces its defaults (lib/store/config.ts and the env vars) as a whole.
 */
export const paymentMethodIds = ["card", "cash_on_delivery", "bank_transfer"] as const;
export type PaymentMethodId = (typeof paymentMethodIds)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const currencyCode = z.string().regex(/^[A-Z]{3}$/);

export const checkoutSection = z.object({
  askPhone: z.boolean(),
  askCompany: z.boolean(),
});

export const paymentsSection = z.object({
  /** Offered in this order; at least one. */
  methods: z
    .array(z.enum(paymentMethodIds))
    .min(1)
    .refine((methods) => new Set(methods).size === methods.length),
  bankTransfer: z.object({
    accountHolder: z.string().trim().min(1).max(120),
    iban: z.string().trim().min(5).max(42),
    bic: z.string().trim().regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/),
    payWithinDays: z.number().int().min(1).max(60),
  }),
});

export const recoverySection = z.object({
  /** As typed: "1h", "24h", "72h"; each later than the one before (checked with the reminder code's own rule). */
  delays: z.array(z.string().trim()).refine((delays) => delayListSchema.safeParse(delays).success),
  withoutConsent: z.enum(["first-reminder", "none"]),
  quietHours: z.object({ from: clockTime, to: clockTime }),
  incentive: z.discriminatedUnion("kind", [z.object({ kind: z.literal("percent"), value: z.number().int().min(1).max(100) }), z.object({ kind: z.literal("free_shipping") })]).nullable(),
  incentiveValidDays: z.number().int().min(1).max(90),
  staffAlert: z.object({ minimum: z.record(currencyCode, z.number().int().min(0)), to: z.email() }).nullable(),
  webhookUrls: z.array(z.url({ protocol: /^https?$/ })).max(10),
  textReminders: z.boolean(),
  /** A coupon's code offered at exit intent; null for help only. */
  exitOfferCode: z.string().nullable(),
});

export const mailSection = z.object({
  fromName: z.string().trim().min(1).max(80).refine((name) => !/[<>"\r\n]/.test(name)),
  fromAddress: z.email(),
});

export const settingsSections = { checkout: checkoutSection, payments: paymentsSection, recovery: recoverySection, mail: mailSection } as const;
export type SettingsSection = keyof typeof settingsSections;
export const sectionNames = Object.keys(settingsSections) as SettingsSection[];

export interface StoreSettings {
  checkout: z.infer<typeof checkoutSection>;
  payments: z.infer<typeof paymentsSection>;
  recovery: z.infer<typeof recoverySection>;
  mail: z.infer<typeof mailSection>;
}

/** Sections only an admin may change (staff may not change payment settings). */
export const adminOnlySections: ReadonlySet<SettingsSection> = new Set(["payments"]);

/** The sender line of every mail: `Name <address>`. */
export const mailFrom = (mail: StoreSettings["mail"]) => `${mail.fromName} <${mail.fromAddress}>`;
