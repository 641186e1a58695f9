import { minorDigits } from "@/lib/money";

/**
 * E7: browser events an ad or analytics tag can consume (the `dataLayer` of Google Tag Manager,
 * GA4's ecommerce shape), fired only with the shopper's consent to advertising measurement and
 * never while their browser sends Global Privacy Control. The store loads no tag itself: a
 * merchant adds theirs, and it finds these events.
 */
export type RetargetingEventName = "view_item" | "add_to_cart" | "begin_checkout";

export interface RetargetingItem {
  /** The variant's id: the same on the product page, after an add and at checkout. */
  id: string;
  name: string;
  /** Minor units of `currency`. */
  price: number;
  quantity: number;
}

export interface RetargetingEvent {
  name: RetargetingEventName;
  currency: string;
  items: RetargetingItem[];
}

/** The consent cookie: "granted" or "denied"; no cookie is no consent. Readable by the page, as the events fire there. */
export const adConsentCookie = { name: "ad_consent", maxAgeSeconds: 365 * 24 * 60 * 60 } as const;

export type AdConsent = "granted" | "denied";

export function adConsentFrom(cookieHeader: string): AdConsent | null {
  const value = cookieHeader
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === adConsentCookie.name)?.[1];
  return value === "granted" || value === "denied" ? value : null;
}

/** Whether the events may fire: consent given, and no Global Privacy Control signal (which outranks it). */
export function retargetingAllowed({ cookie, globalPrivacyControl }: { cookie: string; globalPrivacyControl: boolean }): boolean {
  return !globalPrivacyControl && adConsentFrom(cookie) === "granted";
}

const major = (amount: number, currency: string) => amount / 10 ** minorDigits(currency);

/** GA4's ecommerce event: amounts in major units, `value` the items' total. */
export function ecommerceEvent({ name, currency, items }: RetargetingEvent) {
  return {
    event: name,
    ecommerce: {
      currency,
      value: major(
        items.reduce((sum, item) => sum + item.price * item.quantity, 0),
        currency,
      ),
      items: items.map((item) => ({ item_id: item.id, item_name: item.name, price: major(item.price, currency), quantity: item.quantity })),
    },
  };
}

type DataLayer = Record<string, unknown>[];

/** Pushes the event when allowed; returns whether it did. */
export function pushRetargetingEvent(event: RetargetingEvent): boolean {
  const gpc = (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
  if (!retargetingAllowed({ cookie: document.cookie, globalPrivacyControl: gpc })) return false;
  const holder = window as unknown as { dataLayer?: DataLayer };
  holder.dataLayer ??= [];
  // GTM keeps merging pushes: clear the previous ecommerce object first, as Google advises.
  holder.dataLayer.push({ ecommerce: null }, ecommerceEvent(event));
  return true;
}

/** Saves the shopper's choice for a year, and tells a tag listening that it changed. */
export function saveAdConsent(consent: AdConsent, secure: boolean) {
  document.cookie = `${adConsentCookie.name}=${consent}; Max-Age=${adConsentCookie.maxAgeSeconds}; Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  const holder = window as unknown as { dataLayer?: DataLayer };
  holder.dataLayer ??= [];
  holder.dataLayer.push({ event: "ad_consent_update", adConsent: consent });
}
