import type { ProactiveMoment } from "@/lib/chat/views";

/**
 * The merchant's own details. A fork changes these (and the seed) to become its own shop;
 * every page, email and policy text reads them from here.
 */
const contactEmail = "support@juniperlane.example";

export const store = {
  name: "Juniper Lane",
  currency: "USD",
  /** Where the warehouse is: the destination assumed until the shopper's is known. */
  country: "US",
  returnDays: 30,
  contact: {
    phone: "+1 503 555 0142",
    phoneHref: "tel:+15035550142",
    email: contactEmail,
    /**
     * Support hours in `timeZone`: weekdays 1 = Monday … 7 = Sunday, times as HH:MM. Each language
     * writes them its own way, with the time zone named (lib/store/hours.ts).
     */
    hours: [
      { days: [1, 5], opens: "08:00", closes: "18:00" },
      { days: [6, 6], opens: "09:00", closes: "13:00" },
    ] as { days: [number, number]; opens: string; closes: string }[],
    timeZone: "America/Los_Angeles",
  },
  /**
   * Live help (F1, F4): how soon a person typically answers while someone is online, as the widget
   * promises it; and the moments it offers help by itself, once per visit (an empty list: never).
   */
  liveHelp: {
    typicalReplyMinutes: 3,
    proactiveMoments: ["declined_card", "section_errors", "payment_idle", "shipping_revisit"] as readonly ProactiveMoment[],
  },
  /** Orders placed before this time (HH:MM in the contact time zone) ship the same business day. */
  warehouse: { cutoff: "14:00" },
  /** Product cards per listing page. */
  pageSize: 12,
  /** Units at or below which a variant shows "Only N left". */
  lowStockThreshold: 5,
  accounts: {
    /** Offered once an account is saved after an order (A2); null for no incentive. Must exist as a coupon. */
    welcomeCoupon: { code: "THANKYOU10", percent: 10 } as { code: string; percent: number } | null,
  },
  /** Abandoned-cart reminders (docs/recovery.md); the env var RECOVERY_DELAYS overrides `delays`. */
  recovery: {
    /** After the shopper's last activity on the cart, one reminder each (`ms` notation: "90m", "1h", "3d"). */
    delays: ["1h", "24h", "72h"],
    /** Without marketing consent: one plain service reminder ("first-reminder") or nothing ("none"). */
    withoutConsent: "first-reminder" as "first-reminder" | "none",
    /** No reminder goes out between these times in the shopper's time zone (HH:MM). */
    quietHours: { from: "21:00", to: "08:00" },
    /** Carried by the last step only, as a single-use code for the cart; null for none. */
    incentive: { kind: "percent", value: 10 } as { kind: "percent"; value: number } | { kind: "free_shipping" } | null,
    incentiveValidDays: 7,
    /** An order placed this many days after a reminder (or its click) counts as recovered by it. */
    attributionDays: 7,
    /**
     * E6: staff get an email at once when a cart at or above `minimum` (minor units, per currency;
     * a currency not listed never alerts) is abandoned. null for no alerts.
     */
    staffAlert: { minimum: { USD: 20_000 }, to: contactEmail } as { minimum: Record<string, number>; to: string } | null,
    /**
     * Exit intent (E4): the offer a shopper about to leave the cart or checkout sees once per visit
     * always offers help (phone, hours, FAQ, contact); set a code of an existing coupon here, e.g.
     * `{ code: "WELCOME10" }`, to add it as an incentive. The dialog says what the coupon gives and
     * leaves the code out while it is missing, not yet started, expired or used up.
     */
    exitOffer: null as { code: string } | null,
    /**
     * Segments (E5): how far the shopper got (cold: browsed; warm: viewed products or added; hot:
     * reached the checkout) and whether they came before (an earlier visit or order). The first rule
     * that matches a cart picks its treatment: "sequence" (every step), "no-incentive", "first-only"
     * or "none"; a cart no rule matches gets the whole sequence. Returning customers get no
     * discount by default, so regulars are not taught to wait for one.
     */
    segments: [
      { when: { temperature: "cold" }, treatment: "first-only" },
      { when: { visitor: "returning" }, treatment: "no-incentive" },
    ] as { when: { temperature?: "cold" | "warm" | "hot"; visitor?: "new" | "returning" }; treatment: "sequence" | "no-incentive" | "first-only" | "none" }[],
    /**
     * E3: offer "text me a reminder" with a mobile number at checkout (sent through Twilio with the
     * TWILIO_* variables, else kept in the dev outbox at /dev/sms). RECOVERY_TEXT_REMINDERS=on|off overrides.
     */
    textReminders: false,
  },
  /** G3 surveys: the exit question in the exit-intent moment, and "How easy was checkout?" after an order. */
  surveys: { exit: true, effort: true },
  checkout: {
    /** Offered in this order; "card" uses Stripe when its keys are set, else the built-in test gateway. */
    paymentMethods: ["card", "cash_on_delivery", "bank_transfer"] as const,
    /** Extra fields cost conversions: turn them on only if your carrier or market needs them. */
    askPhone: false,
    askCompany: false,
    bankTransfer: {
      accountHolder: "Juniper Lane Goods LLC",
      iban: "US00 JUNI 0000 0000 1234 56",
      bic: "JUNIUS33",
      /** Days the order waits for the transfer before it is cancelled. */
      payWithinDays: 7,
    },
  },
} as const;

/**
 * Currencies shown in a unit other than the ISO one, as the market expects: Iranian prices are
 * quoted in tomans (10 rials) though amounts stay in rials. Keyed by currency; units by language.
 */
export const moneyDisplay: Record<string, { divisor: number; unit: Record<string, string> & { en: string } }> = {
  IRR: { divisor: 10, unit: { en: "toman", fa: "تومان", ar: "تومان", uk: "томан" } },
};
