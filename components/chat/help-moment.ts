import type { ProactiveMoment } from "@/lib/chat/views";

/** The window event a page sends at a moment of doubt; the chat launcher hears it (F4). */
export const helpMomentEvent = "store:help-moment";

export interface HelpMomentDetail {
  moment: ProactiveMoment;
}

/** A moment sent before the launcher listened: a page's own effects run before the frame's. */
let waiting: ProactiveMoment | null = null;

/**
 * Asks the chat launcher to offer help now (a declined card, errors in a section…). Whether it
 * does is its own decision: once per visit, only for the moments the store offers, never while
 * the shopper is already chatting.
 */
export function offerHelp(moment: ProactiveMoment): void {
  if (typeof window === "undefined") return;
  const event = new CustomEvent<HelpMomentDetail>(helpMomentEvent, { detail: { moment }, cancelable: true });
  // The launcher cancels the event it hears; an event nobody heard waits for it.
  const heard = !window.dispatchEvent(event);
  if (!heard) waiting = moment;
}

/** The moment sent before the launcher listened, if any (taken once). */
export function takeWaitingMoment(): ProactiveMoment | null {
  const moment = waiting;
  waiting = null;
  return moment;
}
