import { z } from "zod";
import { trafficSources, type TrafficKind, type TrafficSource } from "./session";

/**
 * The event vocabulary of the funnel. Each event's props are validated before they are stored,
 * so the dashboard can rely on their shape. Later releases add cart and checkout events here.
 */
export const eventSchemas = {
  /** The first page of a visit (lib/analytics/session.ts): where it came from and where it landed. */
  visit: z.object({ source: z.enum(trafficSources), landing: z.string().max(300).nullable() }),
  page_view: z.object({ page: z.string().max(64) }),
  product_view: z.object({ productId: z.number().int(), slug: z.string().max(200), variantId: z.number().int().nullable() }),
  search: z.object({ query: z.string().max(200), results: z.number().int().min(0) }),
  listing_filter: z.object({
    category: z.string().max(200),
    sizes: z.array(z.string().max(8)).max(10),
    colors: z.array(z.string().max(20)).max(20),
    minPrice: z.number().int().nullable(),
    maxPrice: z.number().int().nullable(),
    inStockOnly: z.boolean(),
    sort: z.string().max(20),
    results: z.number().int().min(0),
  }),
  contact_message: z.object({ locale: z.string().max(8) }),
  cart_add: z.object({ variantId: z.number().int(), quantity: z.number().int() }),
  cart_quantity: z.object({ variantId: z.number().int(), quantity: z.number().int() }),
  cart_remove: z.object({ variantId: z.number().int() }),
  cart_view: z.object({ lines: z.number().int(), items: z.number().int(), subtotal: z.number().int(), currency: z.string().length(3) }),
  cart_save_for_later: z.object({ variantId: z.number().int() }),
  cart_move_to_cart: z.object({ variantId: z.number().int() }),
  cart_handoff: z.object({ channel: z.enum(["link", "email", "reminder"]), step: z.enum(["created", "claimed"]) }),
  checkout_start: z.object({ lines: z.number().int(), total: z.number().int(), currency: z.string().length(3) }),
  checkout_section_completed: z.object({ section: z.enum(["contact", "address", "delivery", "payment"]) }),
  payment_attempted: z.object({ method: z.string().max(32) }),
  payment_failed: z.object({ code: z.string().max(40) }),
  order_placed: z.object({ number: z.number().int(), method: z.string().max(32) }),
  wishlist_add: z.object({ productId: z.number().int() }),
  wishlist_remove: z.object({ productId: z.number().int() }),
  coupon_tried: z.object({ code: z.string().max(32), applied: z.boolean(), reason: z.string().max(32).nullable() }),
  shipping_method_chosen: z.object({ methodId: z.string().max(64) }),
  destination_set: z.object({ country: z.string().length(2), withPostalCode: z.boolean() }),
  exit_intent_shown: z.object({ page: z.enum(["cart", "checkout"]), trigger: z.enum(["pointer", "idle"]), incentive: z.boolean() }),
  reminder_opt_in: z.object({ channel: z.enum(["push"]) }),
  exit_intent_dismissed: z.object({ page: z.enum(["cart", "checkout"]), how: z.enum(["close", "escape", "backdrop"]) }),
  /** A cart reminder went out (lib/recovery/step.ts), one per channel; written with the cart's visitor id. */
  reminder_sent: z.object({ messageId: z.number().int(), step: z.number().int(), channel: z.string().max(16) }),
  /** A reminder's link was opened for the first time (lib/cart/handoff.ts). */
  reminder_clicked: z.object({ messageId: z.number().int(), step: z.number().int(), channel: z.string().max(16) }),
  /** The shopper wrote their first message in live help (F1): a conversation began. */
  chat_opened: z.object({ page: z.string().max(64), startedBy: z.enum(["shopper", "declined_card", "section_errors", "payment_idle", "shipping_revisit"]) }),
  /** The bot answered (F2): what it drew on, and whether it offered a person. */
  chat_bot_answer: z.object({ source: z.string().max(32), handOff: z.boolean() }),
  /** The shopper asked for a person (F3). */
  chat_handoff: z.object({ agentsOnline: z.boolean() }),
  /** The widget offered help by itself at a sensitive moment (F4), and whether the shopper took it. */
  help_offered: z.object({ moment: z.enum(["declined_card", "section_errors", "payment_idle", "shipping_revisit"]), accepted: z.boolean() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventProps<Name extends EventName> = z.infer<(typeof eventSchemas)[Name]>;

export interface EventRecord {
  name: EventName;
  props: Record<string, unknown>;
  visitorId: string;
  userId?: string | null;
  device: "mobile" | "desktop";
  locale: string;
  path: string | null;
  /** The visit (the `sid` cookie); null where there is none (a reminder sent by a job). */
  sessionId?: string | null;
  /** The market id the shopper was priced in, where known. */
  market?: string | null;
  source?: TrafficSource | null;
  traffic?: TrafficKind;
  /** Experiment arms: { experimentKey: armKey }. */
  arms?: Record<string, string>;
  /** When it happened; now by default (scripts and tests give their own). */
  at?: Date;
}

export function parseEvent<Name extends EventName>(name: Name, props: unknown): EventProps<Name> {
  return eventSchemas[name].parse(props) as EventProps<Name>;
}
