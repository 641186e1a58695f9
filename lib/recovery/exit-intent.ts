/**
 * Exit intent (E4): when a shopper with items in the cart seems about to leave the cart or the
 * checkout, one polite offer of help per visit. The pure part: which events count as leaving, and
 * whether the offer may open now. The browser side is components/recovery/exit-intent.tsx.
 */

/** On a phone nothing points at the tab bar: this long without input on the cart or checkout counts instead. */
export const exitIntentIdleMs = 45_000;

/** The sessionStorage key that says the offer was shown in this visit ("shown", then "dismissed"). */
export const exitIntentStorageKey = "exit-intent";

export type ExitIntentTrigger = "pointer" | "idle";
export type ExitIntentPage = "cart" | "checkout";
export type ExitIntentDismissal = "close" | "escape" | "backdrop";

/**
 * The pointer left the document through its top edge, towards the tabs and the address bar: a
 * `mouseout` with no element it went to (it left the window) at or above the first row.
 */
export function isLeavingAtTop(event: { relatedTarget: unknown; clientY: number }): boolean {
  return event.relatedTarget === null && event.clientY <= 0;
}

export interface ExitIntentFacts {
  trigger: ExitIntentTrigger;
  /** True where a finger, not a pointer, is the primary input (`(hover: none)`): the idle trigger is for phones. */
  touch: boolean;
  /** Items in the cart as the page rendered it. */
  pageItems: number;
  /** The cart count as the shopper state last said (POST /api/shopper); null until it answered. */
  cartCount: number | null;
  /** What sessionStorage holds under `exitIntentStorageKey`: set once the offer was shown in this visit. */
  shownThisVisit: string | null;
  /** Another modal (the mini-cart) is open: never stack a second one over it. */
  otherDialogOpen: boolean;
}

/** Whether the offer opens now: once per visit, only with items, never over another dialog. */
export function shouldShowExitOffer(facts: ExitIntentFacts): boolean {
  if (facts.shownThisVisit) return false;
  if (facts.otherDialogOpen) return false;
  // The shopper state is fresher than the page (the cart may have been emptied in another tab).
  const items = facts.cartCount ?? facts.pageItems;
  if (items <= 0) return false;
  // The idle trigger stands in for a pointer on phones; on a desktop, idle is just reading.
  if (facts.trigger === "idle" && !facts.touch) return false;
  return true;
}

/** What the offer says, already in the shopper's language (lib/recovery/exit-offer.ts). */
export interface ExitOfferText {
  title: string;
  body: string;
  /** The support phone as a link's name ("Call +1 503 555 0142") and its tel: address. */
  call: { label: string; href: string };
  hours: string;
  faq: { label: string; href: string };
  contact: { label: string; href: string };
  close: string;
  /** The merchant's incentive (`store.recovery.exitOffer`), when its coupon can be used now. */
  offer: { title: string; text: string; codeLabel: string; code: string; note: string | null } | null;
}
