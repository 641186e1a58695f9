import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSequence,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/* ── Catalog ─────────────────────────────────────────────────────────── */

export const categories = pgTable("categories", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  position: integer("position").notNull().default(0),
  image: text("image").notNull(),
});

export const categoryTranslations = pgTable(
  "category_translations",
  {
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.locale] })],
);

export const products = pgTable(
  "products",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    status: text("status", { enum: ["active", "draft", "archived"] }).notNull().default("active"),
    featured: boolean("featured").notNull().default(false),
    /** Maximum units of this product in one order; null = no limit. */
    purchaseLimit: integer("purchase_limit"),
    /** Ordered option names, e.g. ["size", "color"]; empty for products without variants. */
    optionNames: jsonb("option_names").$type<string[]>().notNull().default([]),
    /** Bumped by every admin edit: an edit made on an older version is refused, so two staff never silently overwrite each other. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("products_category_idx").on(t.categoryId), check("purchase_limit_positive", sql`${t.purchaseLimit} > 0`)],
);

export const productTranslations = pgTable(
  "product_translations",
  {
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    name: text("name").notNull(),
    shortDescription: text("short_description").notNull(),
    description: text("description").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.locale] }),
    index("product_translations_search_idx").using(
      "gin",
      sql`to_tsvector('simple', ${t.name} || ' ' || ${t.shortDescription})`,
    ),
    index("product_translations_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);

export const variants = pgTable(
  "variants",
  {
    id: serial("id").primaryKey(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    sku: text("sku").notNull().unique(),
    /** Option values keyed by option name, e.g. { size: "M", color: "sage" }. */
    options: jsonb("options").$type<Record<string, string>>().notNull().default({}),
    /** Price in minor units of `currency`. */
    price: integer("price").notNull(),
    compareAtPrice: integer("compare_at_price"),
    currency: text("currency").notNull(),
    weightGrams: integer("weight_grams").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    index("variants_product_idx").on(t.productId),
    check("price_not_negative", sql`${t.price} >= 0`),
    check("compare_at_above_price", sql`${t.compareAtPrice} is null or ${t.compareAtPrice} > ${t.price}`),
  ],
);

export const inventory = pgTable(
  "inventory",
  {
    variantId: integer("variant_id")
      .primaryKey()
      .references(() => variants.id, { onDelete: "cascade" }),
    onHand: integer("on_hand").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
  },
  (t) => [
    check("on_hand_not_negative", sql`${t.onHand} >= 0`),
    check("reserved_within_on_hand", sql`${t.reserved} >= 0 and ${t.reserved} <= ${t.onHand}`),
  ],
);

export const productImages = pgTable(
  "product_images",
  {
    id: serial("id").primaryKey(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    /** Path under /public, e.g. /catalog/linen-shirt-1.webp */
    src: text("src").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** Option value this image shows (e.g. a colour), so the gallery follows the chosen variant. */
    optionValue: text("option_value"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("product_images_product_idx").on(t.productId, t.position)],
);

export const reviews = pgTable(
  "reviews",
  {
    id: serial("id").primaryKey(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    authorName: text("author_name").notNull(),
    rating: smallint("rating").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    locale: text("locale").notNull(),
    photos: jsonb("photos").$type<{ src: string; width: number; height: number }[]>().notNull().default([]),
    verifiedPurchase: boolean("verified_purchase").notNull().default(false),
    /** Moderation: a hidden review is kept (with who hid it) but never shown or counted in ratings. */
    status: text("status", { enum: ["published", "hidden"] }).notNull().default("published"),
    moderatedBy: text("moderated_by"),
    moderatedAt: timestamp("moderated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reviews_product_idx").on(t.productId), index("reviews_status_idx").on(t.status, t.createdAt), check("rating_range", sql`${t.rating} between 1 and 5`)],
);

/* ── Measurement ─────────────────────────────────────────────────────── */

export const events = pgTable(
  "events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    visitorId: text("visitor_id").notNull(),
    userId: text("user_id"),
    name: text("name").notNull(),
    props: jsonb("props").$type<Record<string, unknown>>().notNull().default({}),
    device: text("device", { enum: ["mobile", "desktop"] }).notNull(),
    locale: text("locale").notNull(),
    path: text("path"),
    /** The visit: a new one after 30 minutes without a page (the `sid` cookie). */
    sessionId: text("session_id"),
    /** The market the shopper was priced in (lib/markets), where known. */
    market: text("market"),
    /** Where the visit came from: "direct", "search", "social", "email", "referral", "campaign" (utm_source) or "reminder". */
    source: text("source"),
    /** Who made it: a person, a bot (by its user agent), the store's own tests, or the traffic generator (npm run traffic). */
    traffic: text("traffic", { enum: ["human", "bot", "test", "synthetic"] }).notNull().default("human"),
    /** The experiment arms the visitor was in when it happened: { experimentKey: armKey }. */
    arms: jsonb("arms").$type<Record<string, string>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_name_at_idx").on(t.name, t.at),
    index("events_visitor_idx").on(t.visitorId, t.at),
    index("events_session_idx").on(t.sessionId, t.at),
  ],
);

/**
 * One row per visit, kept by a trigger on `events` (migration 0021): how far the visit got (the
 * funnel step index, lib/analytics/funnel.ts) and when, so the funnel reads visits, not every
 * event. Its device, locale, market, source and traffic are the visit's first event's.
 */
export const visitSummaries = pgTable(
  "visit_summaries",
  {
    sessionId: text("session_id").primaryKey(),
    visitorId: text("visitor_id").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }).notNull(),
    /** 0 visit, 1 product, 2 add, 3 checkout, 4–7 the checkout's sections, 8 order. */
    depth: smallint("depth").notNull(),
    /** When the visit first reached `depth`. */
    reachedAt: timestamp("reached_at", { withTimezone: true }).notNull(),
    device: text("device").notNull(),
    locale: text("locale").notNull(),
    market: text("market"),
    source: text("source"),
    traffic: text("traffic").notNull(),
  },
  (t) => [index("visit_summaries_started_idx").on(t.startedAt)],
);

/**
 * A/B tests (G4) the merchant defines in the admin: one element of the store varied between arms,
 * each visitor in one arm for good (lib/experiments/assignment.ts).
 */
export const experiments = pgTable(
  "experiments",
  {
    key: text("key").primaryKey(),
    name: text("name").notNull(),
    hypothesis: text("hypothesis").notNull(),
    /** The element the store knows how to vary (lib/experiments/targets.ts). */
    target: text("target").notNull(),
    /** [{ key, weight, value }]: `value` is what the arm shows (the target decides its shape). The first arm is the control. */
    arms: jsonb("arms").$type<{ key: string; weight: number; value: string }[]>().notNull(),
    primaryMetric: text("primary_metric", { enum: ["checkout_conversion", "revenue_per_visitor"] }).notNull(),
    /** Relative, basis points: 1000 = +10 %. Decides the sample size the verdict waits for. */
    minimumDetectableEffect: integer("minimum_detectable_effect").notNull().default(1000),
    status: text("status", { enum: ["draft", "running", "stopped"] }).notNull().default("draft"),
    startedAt: timestamp("started_at", { withTimezone: true }),
    stoppedAt: timestamp("stopped_at", { withTimezone: true }),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("experiments_one_running_per_target_idx").on(t.target).where(sql`${t.status} = 'running'`)],
);

/** The first time a visitor was shown an experiment's arm: only shown arms count in its results. */
export const experimentExposures = pgTable(
  "experiment_exposures",
  {
    experimentKey: text("experiment_key")
      .notNull()
      .references(() => experiments.key, { onDelete: "cascade" }),
    visitorId: text("visitor_id").notNull(),
    arm: text("arm").notNull(),
    device: text("device", { enum: ["mobile", "desktop"] }).notNull(),
    traffic: text("traffic", { enum: ["human", "bot", "test", "synthetic"] }).notNull().default("human"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.experimentKey, t.visitorId] }), index("experiment_exposures_arm_idx").on(t.experimentKey, t.arm)],
);

/** G3: why shoppers leave (the exit survey) and how hard checkout felt (Customer Effort Score, 1–7). */
export const surveyAnswers = pgTable(
  "survey_answers",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind", { enum: ["exit", "effort"] }).notNull(),
    visitorId: text("visitor_id").notNull(),
    sessionId: text("session_id"),
    /** Exit: where they were ("cart", "checkout:<section>"); effort: the order's number. */
    page: text("page").notNull(),
    /** Exit: one of Baymard's reasons (lib/surveys) or "other". */
    reason: text("reason"),
    /** Effort: 1 (very hard) to 7 (very easy). */
    score: smallint("score"),
    comment: text("comment"),
    locale: text("locale").notNull(),
    device: text("device", { enum: ["mobile", "desktop"] }).notNull(),
    traffic: text("traffic", { enum: ["human", "bot", "test", "synthetic"] }).notNull().default("human"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("survey_answers_kind_at_idx").on(t.kind, t.at), check("survey_score_range", sql`${t.score} is null or ${t.score} between 1 and 7`)],
);

/* ── Mail ────────────────────────────────────────────────────────────── */

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: serial("id").primaryKey(),
    to: text("to").notNull(),
    /** Subject, HTML and text are null while a queued mail waits to be rendered from `params`. */
    subject: text("subject"),
    template: text("template").notNull(),
    locale: text("locale").notNull(),
    html: text("html"),
    text: text("text"),
    /** What a queued mail is rendered from (e.g. `{ number }` for a receipt). */
    params: jsonb("params").$type<Record<string, unknown>>(),
    /** One mail per reason (e.g. `order-receipt:<order id>`): enqueueing twice changes nothing. */
    dedupeKey: text("dedupe_key").unique(),
    transport: text("transport", { enum: ["smtp", "dev-mailbox"] }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    /** When the delivery worker may (re)try it; moved ahead while one worker holds it. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_outbox_created_idx").on(t.createdAt), index("mail_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.sentAt} is null`)],
);

/* ── Bookkeeping ─────────────────────────────────────────────────────── */

/** Records one-off jobs such as "catalog seeded" so first start knows what is done. */
export const storeMeta = pgTable("store_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/* ── Pricing rules: shipping, delivery, tax, discounts ───────────────── */

export const shippingZones = pgTable("shipping_zones", {
  id: text("id").primaryKey(),
  countries: jsonb("countries").$type<string[]>().notNull(),
  domestic: boolean("domestic").notNull().default(false),
  position: integer("position").notNull().default(0),
});

export const shippingMethods = pgTable(
  "shipping_methods",
  {
    id: text("id").primaryKey(),
    zoneId: text("zone_id")
      .notNull()
      .references(() => shippingZones.id, { onDelete: "cascade" }),
    service: text("service", { enum: ["standard", "express"] }).notNull(),
    carrier: text("carrier").notNull(),
    /** Tiers by subtotal: [{ below: minor units | null, amount: minor units }]. */
    rate: jsonb("rate").$type<{ below: number | null; amount: number }[]>().notNull(),
    freeOver: integer("free_over"),
    transitDaysMin: integer("transit_days_min").notNull(),
    transitDaysMax: integer("transit_days_max").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [check("transit_days_order", sql`${t.transitDaysMin} >= 0 and ${t.transitDaysMax} >= ${t.transitDaysMin}`)],
);

export const warehouses = pgTable("warehouses", {
  id: text("id").primaryKey(),
  timeZone: text("time_zone").notNull(),
  /** Local "HH:MM" after which orders ship the next business day. */
  cutoff: text("cutoff").notNull(),
  handlingDays: integer("handling_days").notNull().default(0),
  holidays: jsonb("holidays").$type<string[]>().notNull().default([]),
});

export const taxRates = pgTable(
  "tax_rates",
  {
    id: serial("id").primaryKey(),
    country: text("country").notNull(),
    region: text("region"),
    /** Basis points: 1900 = 19 %. */
    rate: integer("rate").notNull(),
    inclusive: boolean("inclusive").notNull(),
    appliesToShipping: boolean("applies_to_shipping").notNull(),
    label: text("label", { enum: ["vat", "salesTax", "gst"] }).notNull(),
  },
  (t) => [
    uniqueIndex("tax_rates_country_region_idx").on(t.country, sql`coalesce(${t.region}, '')`),
    check("tax_rate_range", sql`${t.rate} between 0 and 10000`),
  ],
);

export const coupons = pgTable(
  "coupons",
  {
    code: text("code").primaryKey(),
    kind: text("kind", { enum: ["percent", "fixed", "free_shipping"] }).notNull(),
    value: integer("value").notNull().default(0),
    minSubtotal: integer("min_subtotal"),
    firstOrderOnly: boolean("first_order_only").notNull().default(false),
    usageLimit: integer("usage_limit"),
    timesUsed: integer("times_used").notNull().default(0),
    /** A fixed coupon's amount per market currency, minor units ({ "EUR": 1500 }); others are converted. */
    amounts: jsonb("amounts").$type<Record<string, number>>().notNull().default({}),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [check("coupon_value_positive", sql`${t.value} >= 0`)],
);

export const promotions = pgTable("promotions", {
  id: text("id").primaryKey(),
  percentOff: integer("percent_off").notNull(),
  /** Category slugs; empty = the whole catalog. */
  categories: jsonb("categories").$type<string[]>().notNull().default([]),
  startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
  endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
});

/* ── Markets: the currency each country pays in ─────────────────────── */

export const markets = pgTable(
  "markets",
  {
    id: text("id").primaryKey(),
    /** ISO 4217 code. */
    currency: text("currency").notNull(),
    /** ISO 3166-1 alpha-2 codes; a country belongs to one market. */
    countries: jsonb("countries").$type<string[]>().notNull(),
    /** Units of `currency` per unit of the base currency (store.currency). */
    rate: numeric("rate", { precision: 24, scale: 9 }).notNull(),
    /** { step, charm, thresholdStep } in minor units: see lib/markets/types.ts. */
    rounding: jsonb("rounding").$type<{ step: number; charm: number; thresholdStep: number }>().notNull(),
    /** The first market is the home market: unknown destinations are priced in it. */
    position: integer("position").notNull().default(0),
  },
  (t) => [check("market_rate_positive", sql`${t.rate} > 0`), check("market_currency_code", sql`${t.currency} ~ '^[A-Z]{3}$'`)],
);

/** A market's price list: explicit prices (as shown in the market) that override the converted ones. */
export const marketPrices = pgTable(
  "market_prices",
  {
    marketId: text("market_id")
      .notNull()
      .references(() => markets.id, { onDelete: "cascade" }),
    variantId: integer("variant_id")
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    price: integer("price").notNull(),
    compareAtPrice: integer("compare_at_price"),
  },
  (t) => [
    primaryKey({ columns: [t.marketId, t.variantId] }),
    check("market_price_not_negative", sql`${t.price} >= 0`),
    check("market_compare_at_above_price", sql`${t.compareAtPrice} is null or ${t.compareAtPrice} > ${t.price}`),
  ],
);

/* ── Cart ────────────────────────────────────────────────────────────── */

export const carts = pgTable(
  "carts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The anonymous visitor who started the cart. */
    visitorId: text("visitor_id").notNull(),
    /** The account the cart belongs to once its shopper signs in; then every signed-in device shares it. */
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["active", "ordered", "merged"] }).notNull().default("active"),
    /** Where the shopper said it goes ("Deliver to"), so the cart keeps it across devices. */
    destination: jsonb("destination").$type<{ country: string; postalCode: string | null; region: string | null }>(),
    couponCode: text("coupon_code"),
    shippingMethodId: text("shipping_method_id"),
    /** Bumped on every change so concurrent edits and live views can tell what is newest. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("carts_one_active_per_visitor_idx").on(t.visitorId).where(sql`${t.status} = 'active' and ${t.userId} is null`),
    uniqueIndex("carts_one_active_per_user_idx").on(t.userId).where(sql`${t.status} = 'active' and ${t.userId} is not null`),
  ],
);

export const cartLines = pgTable(
  "cart_lines",
  {
    cartId: uuid("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    variantId: integer("variant_id")
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull(),
    /** Net unit price when the line was added, to tell the shopper if it changed since. */
    unitPriceSeen: integer("unit_price_seen").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.cartId, t.variantId] }), check("cart_quantity_positive", sql`${t.quantity} > 0`)],
);

/**
 * "Continue on another device": a single-use link to a cart. Only the token's SHA-256 is stored,
 * so a leaked database cannot be turned into working links.
 */
export const cartHandoffs = pgTable(
  "cart_handoffs",
  {
    tokenHash: text("token_hash").primaryKey(),
    cartId: uuid("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    /** "reminder": the restore link of an abandoned-cart reminder (lib/recovery). */
    channel: text("channel", { enum: ["link", "email", "reminder"] }).notNull(),
    createdBy: text("created_by").notNull(),
    /** The reminder that carried this link, so opening it counts as that reminder's click. */
    recoveryMessageId: integer("recovery_message_id"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: text("used_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("cart_handoffs_cart_idx").on(t.cartId, t.createdAt)],
);

/** "Save for later": variants moved out of the cart, kept per visitor without an account. */
export const savedItems = pgTable(
  "saved_items",
  {
    visitorId: text("visitor_id").notNull(),
    variantId: integer("variant_id")
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    quantity: integer("quantity").notNull().default(1),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.visitorId, t.variantId] })],
);

/** Wishlist hearts, per visitor without an account. */
export const wishlistItems = pgTable(
  "wishlist_items",
  {
    visitorId: text("visitor_id").notNull(),
    productId: integer("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.visitorId, t.productId] })],
);

/* ── Checkout and orders ─────────────────────────────────────────────── */

export interface PostalAddress {
  fullName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone?: string | null;
  company?: string | null;
}

/**
 * What the shopper has typed at checkout, saved as they go (E1: the email as soon as it is valid,
 * with the consent state) so a reload loses nothing and an abandoned checkout can be followed up.
 */
export const checkouts = pgTable("checkouts", {
  cartId: uuid("cart_id")
    .primaryKey()
    .references(() => carts.id, { onDelete: "cascade" }),
  visitorId: text("visitor_id").notNull(),
  email: text("email"),
  marketingConsent: boolean("marketing_consent").notNull().default(false),
  /** Field values as typed (never card data), for restoring the form. */
  draft: jsonb("draft").$type<Record<string, string>>().notNull().default({}),
  emailCapturedAt: timestamp("email_captured_at", { withTimezone: true }),
  /** The shopper's IANA time zone as their browser reported it, for reminders outside quiet hours. */
  timeZone: text("time_zone"),
  /** E3: the mobile number (E.164) given with "text me a reminder" ticked; offered only when the merchant sends texts. */
  smsPhone: text("sms_phone"),
  /** One idempotency key per checkout until it has an outcome or the cart changes (its version). */
  attemptKey: text("attempt_key"),
  attemptCartVersion: integer("attempt_cart_version"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Shopper-facing order numbers: short, increasing, never reused. */
export const orderNumberSequence = pgSequence("order_number_seq", { startWith: 100001 });

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Shopper-facing order number, e.g. 100042. */
    number: integer("number").notNull().unique().default(sql`nextval('order_number_seq')`),
    /** One per checkout attempt: a double click, retry or resubmitted form finds the same order. */
    idempotencyKey: text("idempotency_key").notNull().unique(),
    cartId: uuid("cart_id").references(() => carts.id, { onDelete: "set null" }),
    visitorId: text("visitor_id").notNull(),
    /** The account the order belongs to: set at checkout when signed in, or when the buyer claims it. */
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    locale: text("locale").notNull(),
    status: text("status", { enum: ["pending_payment", "paid", "awaiting_transfer", "pay_on_delivery", "payment_failed", "cancelled"] }).notNull(),
    paymentMethod: text("payment_method", { enum: ["card", "cash_on_delivery", "bank_transfer"] }).notNull(),
    currency: text("currency").notNull(),
    /** The market the order was priced in; kept as text so removing a market leaves its orders intact. */
    marketId: text("market_id"),
    subtotal: integer("subtotal").notNull(),
    discount: integer("discount").notNull(),
    shipping: integer("shipping").notNull(),
    tax: integer("tax").notNull(),
    taxIncluded: boolean("tax_included").notNull(),
    total: integer("total").notNull(),
    couponCode: text("coupon_code"),
    shippingMethodId: text("shipping_method_id").notNull(),
    deliveryWindow: jsonb("delivery_window").$type<{ from: string; to: string }>().notNull(),
    shippingAddress: jsonb("shipping_address").$type<PostalAddress>().notNull(),
    billingAddress: jsonb("billing_address").$type<PostalAddress>(),
    /** Stock is held until then while a card payment is pending. */
    reservedUntil: timestamp("reserved_until", { withTimezone: true }),
    /** Whether the reserved units have been released or turned into sold units. */
    stockSettled: boolean("stock_settled").notNull().default(false),
    /** A worker is charging this card order until then; after that a retry or the reconciler may resume it. */
    chargeLeaseUntil: timestamp("charge_lease_until", { withTimezone: true }),
    /** Whether the order holds one use of its coupon (taken at placement, given back if it fails). */
    couponHeld: boolean("coupon_held").notNull().default(false),
    /** "web" for the shop's checkout, "phone" for an order staff placed for a customer (manual order). */
    channel: text("channel", { enum: ["web", "phone"] }).notNull().default("web"),
    /** The staff member who placed a phone order. */
    placedBy: text("placed_by"),
    /** Live help the buyer had in the day before ordering (F4): a person's answer, else the bot's. */
    chatAssisted: text("chat_assisted", { enum: ["agent", "bot"] }),
    /** Set when the order was placed within the attribution window after a reminder of its abandoned cart (G5). */
    recoveredBy: jsonb("recovered_by").$type<{ channel: RecoveryChannel; step: number; messageId: number; clicked: boolean }>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("orders_email_idx").on(t.email),
    index("orders_user_idx").on(t.userId, t.createdAt),
    index("orders_pending_idx").on(t.reservedUntil).where(sql`${t.stockSettled} = false`),
    check("order_amounts_not_negative", sql`${t.total} >= 0 and ${t.subtotal} >= 0 and ${t.shipping} >= 0 and ${t.tax} >= 0`),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    variantId: integer("variant_id")
      .notNull()
      .references(() => variants.id),
    productSlug: text("product_slug").notNull(),
    productName: text("product_name").notNull(),
    options: jsonb("options").$type<Record<string, string>>().notNull(),
    image: text("image"),
    quantity: integer("quantity").notNull(),
    /** As the shopper saw it (incl. tax where the market shows it so). */
    unitPrice: integer("unit_price").notNull(),
    total: integer("total").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.variantId] }), check("order_line_quantity_positive", sql`${t.quantity} > 0`)],
);

export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    provider: text("provider", { enum: ["test", "stripe", "cash_on_delivery", "bank_transfer"] }).notNull(),
    /** The gateway's id (Stripe PaymentIntent id, test_pi_…). */
    providerPaymentId: text("provider_payment_id").unique(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: ["pending", "succeeded", "failed", "refunded"] }).notNull(),
    failureCode: text("failure_code"),
    cardBrand: text("card_brand"),
    cardLast4: text("card_last4"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("payments_one_per_order_idx").on(t.orderId)],
);

/** Every payment-provider event handled, so a redelivered webhook changes nothing twice. */
export const webhookEvents = pgTable("webhook_events", {
  id: text("id").primaryKey(),
  provider: text("provider").notNull(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
});

/* ── Accounts (Auth.js tables, read and written by its Drizzle adapter) ── */

export const users = pgTable("users", {
  id: text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
  image: text("image"),
  /** "staff" runs orders and the catalog in the admin; "admin" also changes roles and payment settings. */
  role: text("role", { enum: ["shopper", "staff", "admin"] }).notNull().default("shopper"),
  /** Language for mail and the default for pages; null = the language of the page used. */
  locale: text("locale"),
  /** The welcome code earned by creating the account, until it is put on the account's next cart. */
  welcomeCoupon: text("welcome_coupon"),
  /** The account's Stripe Customer (cus_…), created the first time a card is saved with Stripe. */
  stripeCustomerId: text("stripe_customer_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<"oauth" | "oidc" | "email" | "webauthn">().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
});

/** Magic-link tokens: Auth.js stores a hash, deletes it on use, and refuses it after `expires`. */
export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Saved delivery addresses of an account, used to prefill checkout. */
export const addresses = pgTable(
  "addresses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    address: jsonb("address").$type<PostalAddress>().notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("addresses_user_idx").on(t.userId)],
);

/** Every magic-link request, to limit them per address and per visitor. */
export const signInRequests = pgTable(
  "sign_in_requests",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    visitorId: text("visitor_id").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_requests_email_idx").on(t.email, t.at), index("sign_in_requests_visitor_idx").on(t.visitorId, t.at)],
);

/**
 * Fixed-window counters for abuse limits (sign-in links, mails, guesses), in the database so they
 * hold across instances. One row per bucket, e.g. `sign-in:email:a@b.c`.
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    bucket: text("bucket").primaryKey(),
    hits: integer("hits").notNull(),
    resetsAt: timestamp("resets_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limits_resets_idx").on(t.resetsAt)],
);

/**
 * Each request an abuse limit refused, for the admin's security page: which limit, which subject
 * kind (visitor, IP, card…), and a hash of the subject, never the address, IP or card itself.
 */
export const limitRefusals = pgTable(
  "limit_refusals",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    action: text("action").notNull(),
    subject: text("subject").notNull(),
    subjectHash: text("subject_hash").notNull(),
    retryAfterSeconds: integer("retry_after_seconds").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("limit_refusals_at_idx").on(t.at)],
);

/**
 * Content-Security-Policy violations browsers reported (/api/csp-reports): what was blocked, on
 * which page, under which directive. Alike reports within a day are counted on one row.
 */
export const cspReports = pgTable(
  "csp_reports",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    directive: text("directive").notNull(),
    blocked: text("blocked").notNull(),
    page: text("page").notNull(),
    sample: text("sample"),
    day: date("day", { mode: "string" }).notNull(),
    count: integer("count").notNull().default(1),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("csp_reports_alike_idx").on(t.day, t.directive, t.blocked, t.page), index("csp_reports_seen_idx").on(t.lastSeenAt)],
);

/**
 * The built-in test gateway's ledger: what it charged under each idempotency key, kept in the
 * database like a real gateway keeps it, so a retry after a crash is answered, not charged again.
 */
export const testGatewayCharges = pgTable("test_gateway_charges", {
  idempotencyKey: text("idempotency_key").primaryKey(),
  fingerprint: text("fingerprint").notNull(),
  result: jsonb("result").$type<Record<string, unknown>>().notNull(),
  /** The amount charged, minor units; null for a charge kept before refunds could be partial. */
  amount: integer("amount"),
  /** Refunded in full: nothing more can be given back. */
  refunded: boolean("refunded").notNull().default(false),
  /** How much of `amount` was given back so far. */
  refundedAmount: integer("refunded_amount").notNull().default(0),
  /** Refunds by their idempotency key, so a repeated request answers with the refund it made. */
  refunds: jsonb("refunds").$type<Record<string, { id: string; amount: number; requested: number | null }>>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Cards an account asked to keep for next time. Only what the gateway needs to charge the card again
 * (its token: a test-gateway vault token or a Stripe PaymentMethod id) and what the shopper needs to
 * recognise it; never the number or the security code.
 */
export const savedCards = pgTable(
  "saved_cards",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    provider: text("provider", { enum: ["test", "stripe"] }).notNull(),
    token: text("token").notNull(),
    brand: text("brand").notNull(),
    last4: text("last4").notNull(),
    expMonth: smallint("exp_month").notNull(),
    expYear: smallint("exp_year").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("saved_cards_user_idx").on(t.userId, t.createdAt), uniqueIndex("saved_cards_token_idx").on(t.provider, t.token)],
);

/**
 * The test gateway's card vault, as Stripe keeps PaymentMethods on its side: per token, the card's
 * brand, last 4, expiry and the outcome its number stands for — never the number or the CVC.
 */
export const testGatewayCards = pgTable("test_gateway_cards", {
  token: text("token").primaryKey(),
  /** The request that created the token, so a retried save returns the same token. */
  idempotencyKey: text("idempotency_key").notNull().unique(),
  card: jsonb("card").$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/* ── Abandoned-cart recovery (E2, G5) ───────────────────────────────── */

export type RecoveryChannel = "email" | "push" | "sms";

/**
 * One abandoned cart's reminder sequence: started when a cart with items has a contact (the
 * checkout's captured email or a signed-in owner), stopped for good once it ends.
 */
export const recoverySequences = pgTable("recovery_sequences", {
  cartId: uuid("cart_id")
    .primaryKey()
    .references(() => carts.id, { onDelete: "cascade" }),
  /** The address reminders go to; null for a shopper who asked for reminders on a phone or browser only (E3). */
  email: text("email"),
  locale: text("locale").notNull(),
  /** The shopper's IANA time zone, when known: reminders wait out quiet hours there. */
  timeZone: text("time_zone"),
  /** Marketing consent given with the email: without it, one plain service reminder at most. */
  marketingConsent: boolean("marketing_consent").notNull().default(false),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  stoppedAt: timestamp("stopped_at", { withTimezone: true }),
  stopReason: text("stop_reason", { enum: ["ordered", "emptied", "unsubscribed", "no_consent", "finished", "no_contact", "segment"] }),
  /** E5: the segment the last step found (lib/recovery/segments.ts) and the treatment it chose. */
  segment: text("segment", { enum: ["cold", "warm", "hot"] }),
  returningVisitor: boolean("returning_visitor"),
  treatment: text("treatment", { enum: ["sequence", "no-incentive", "first-only", "none"] }),
});

/** Each reminder sent: at most one per cart, step and channel (the unique index makes it so). */
export const recoveryMessages = pgTable(
  "recovery_messages",
  {
    id: serial("id").primaryKey(),
    cartId: uuid("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    step: integer("step").notNull(),
    channel: text("channel", { enum: ["email", "push", "sms"] }).notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    /** Names of the lines no longer in stock when it was sent (the message says so). */
    unavailable: jsonb("unavailable").$type<string[]>().notNull().default([]),
    /** The single-use code created for this cart, on the step that carries the incentive. */
    incentiveCode: text("incentive_code"),
    /** First opening of its restore link, and the tap that brought the cart back. */
    clickedAt: timestamp("clicked_at", { withTimezone: true }),
    restoredAt: timestamp("restored_at", { withTimezone: true }),
    /** Push and SMS (E3): when the provider took it, or why it could not (email keeps this in the mail outbox). */
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    deliveryError: text("delivery_error"),
  },
  (t) => [uniqueIndex("recovery_messages_once_idx").on(t.cartId, t.step, t.channel), index("recovery_messages_sent_idx").on(t.sentAt)],
);

/**
 * E3: a browser that asked for reminders of its cart by web push. The endpoint and keys are the
 * browser's PushSubscription; a push service answering 404/410 means it is gone (expired_at).
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: serial("id").primaryKey(),
    cartId: uuid("cart_id")
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    visitorId: text("visitor_id").notNull(),
    endpoint: text("endpoint").notNull(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    locale: text("locale").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiredAt: timestamp("expired_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("push_subscriptions_endpoint_idx").on(t.endpoint), index("push_subscriptions_cart_idx").on(t.cartId)],
);

/**
 * E3: text messages. The provider (lib/sms) records each one here; without provider keys this is
 * the dev outbox, read at /dev/sms like the mailbox.
 */
export const smsMessages = pgTable(
  "sms_messages",
  {
    id: serial("id").primaryKey(),
    to: text("to").notNull(),
    body: text("body").notNull(),
    provider: text("provider").notNull(),
    providerId: text("provider_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sms_messages_created_idx").on(t.createdAt)],
);

/** Phone numbers (E.164) that answered STOP or asked for no more texts. */
export const smsOptOuts = pgTable("sms_opt_outs", {
  phone: text("phone").primaryKey(),
  optedOutAt: timestamp("opted_out_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Addresses that asked for no more reminders (lower case). Order mail (receipts) still goes out. */
export const mailUnsubscribes = pgTable("mail_unsubscribes", {
  email: text("email").primaryKey(),
  source: text("source", { enum: ["link", "one-click"] }).notNull(),
  unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * E6: each outgoing webhook, one row per event and endpoint, written in the transaction of what it
 * reports (a rolled-back change sends nothing). The `webhook-delivery` job posts it and records
 * each attempt here: the delivery log. The event id is derived from what it reports, so the same
 * event recorded twice is one row (and one `webhook-id` for the receiver to dedupe on).
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: serial("id").primaryKey(),
    /** The Standard Webhooks message id (`msg_…`), the same for every endpoint. */
    eventId: text("event_id").notNull(),
    endpoint: text("endpoint").notNull(),
    type: text("type", { enum: ["cart.abandoned", "reminder.sent", "reminder.clicked", "cart.recovered"] }).notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** The endpoint's HTTP status on the last attempt (null: no answer, e.g. a timeout). */
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    /** When the job will try again after a failed attempt (an estimate: pg-boss's back-off has jitter). */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("webhook_deliveries_once_idx").on(t.eventId, t.endpoint), index("webhook_deliveries_created_idx").on(t.createdAt)],
);

/* ── The merchant's admin (issue 16) ─────────────────────────────────── */

/** Every write made in the admin: who, what, on what, and the record before and after. */
export const adminAudit = pgTable(
  "admin_audit",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email").notNull(),
    /** e.g. "order.fulfil", "order.refund", "product.update". */
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    before: jsonb("before").$type<Record<string, unknown> | null>(),
    after: jsonb("after").$type<Record<string, unknown> | null>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("admin_audit_subject_idx").on(t.subjectType, t.subjectId, t.at), index("admin_audit_at_idx").on(t.at)],
);

/**
 * An order's timeline beyond what its own columns say: payments marked by staff, shipments,
 * cancellations, refunds, mails and internal notes. Written in the transaction of what it records.
 */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    type: text("type", { enum: ["marked_paid", "fulfilled", "cancelled", "refunded", "note", "email_sent"] }).notNull(),
    /** Staff member's email, or "store" for what the store did by itself. */
    actor: text("actor").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.at)],
);

/** A shipment: the carrier and tracking number the shopper sees on their status page and in the shipping mail. */
export const orderFulfillments = pgTable(
  "order_fulfillments",
  {
    id: serial("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    carrier: text("carrier").notNull(),
    trackingNumber: text("tracking_number").notNull(),
    shippedAt: timestamp("shipped_at", { withTimezone: true }).notNull().defaultNow(),
    shippedBy: text("shipped_by").notNull(),
  },
  (t) => [uniqueIndex("order_fulfillments_one_idx").on(t.orderId)],
);

/**
 * Money given back on an order, in full or in part. The idempotency key makes a double submit one
 * refund; the sum of an order's refunds never exceeds what was paid (checked with the order locked).
 */
export const refunds = pgTable(
  "refunds",
  {
    id: serial("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    reason: text("reason"),
    /** The gateway's refund id (Stripe re_…, the test gateway's), once it accepted it. */
    providerRefundId: text("provider_refund_id"),
    status: text("status", { enum: ["pending", "succeeded", "failed"] }).notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("refunds_order_idx").on(t.orderId), check("refund_amount_positive", sql`${t.amount} > 0`)],
);

/**
 * A catalog CSV a staff member uploaded and checked (the dry run): kept until it is imported, so the
 * import writes exactly the file that was checked (and checks it again, in its transaction).
 */
export const catalogImports = pgTable("catalog_imports", {
  id: uuid("id").primaryKey().defaultRandom(),
  csv: text("csv").notNull(),
  fileName: text("file_name").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  importedAt: timestamp("imported_at", { withTimezone: true }),
});

/**
 * The store settings staff change in the admin (checkout options, payment methods, recovery, mail
 * sender): one row of overrides over lib/store/config.ts and the env vars, which stay the defaults.
 */
export const storeSettings = pgTable(
  "store_settings",
  {
    id: smallint("id").primaryKey().default(1),
    values: jsonb("values").$type<Record<string, unknown>>().notNull().default({}),
    version: integer("version").notNull().default(1),
    updatedBy: text("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("store_settings_one_row", sql`${t.id} = 1`)],
);

/* ── Live help (F1–F4) ───────────────────────────────────────────────── */

/**
 * A shopper's conversation with the store: the bot answers first; a person takes over when the
 * shopper asks or the bot is unsure. Found again by the browser's visitor id, the account once
 * signed in, or the cart it was about (a cart handed to another device brings it along).
 */
export const chatConversations = pgTable(
  "chat_conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    visitorId: text("visitor_id").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    cartId: uuid("cart_id").references(() => carts.id, { onDelete: "set null" }),
    /** Where a person's answer goes when nobody is online (or the shopper has left). */
    email: text("email"),
    locale: text("locale").notNull(),
    /** bot: the bot answers; waiting: a person was asked for; open: a person answers; closed. */
    status: text("status", { enum: ["bot", "waiting", "open", "closed"] }).notNull().default("bot"),
    /** The staff member (email) who took it. */
    assignedTo: text("assigned_to"),
    /** The page the shopper last wrote from. */
    page: text("page"),
    /** What started it: the shopper, or the proactive offer they accepted (F4). */
    startedBy: text("started_by", { enum: ["shopper", "declined_card", "section_errors", "payment_idle", "shipping_revisit"] }).notNull().default("shopper"),
    unreadByAgent: integer("unread_by_agent").notNull().default(0),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("chat_conversations_visitor_idx").on(t.visitorId, t.lastMessageAt),
    index("chat_conversations_user_idx").on(t.userId, t.lastMessageAt),
    index("chat_conversations_cart_idx").on(t.cartId),
    index("chat_conversations_inbox_idx").on(t.status, t.lastMessageAt),
  ],
);

/** One message of a conversation; its id orders the conversation and is where a dropped stream resumes. */
export const chatMessages = pgTable(
  "chat_messages",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => chatConversations.id, { onDelete: "cascade" }),
    author: text("author", { enum: ["shopper", "agent", "bot", "system"] }).notNull(),
    /** The staff member's first name as the shopper sees it. */
    agentName: text("agent_name"),
    body: text("body").notNull(),
    /** An image the shopper attached, re-encoded without metadata: its URL (/media/<hash>.webp, or the bucket's). */
    image: text("image"),
    /** The browser's own id for a message it sends: sent again after a dropped connection, it is not a second message. */
    clientId: text("client_id"),
    /** A bot answer's source (faq, shipping, returns, payment, order_status, unsure) and its "Talk to a person" offer. */
    meta: jsonb("meta").$type<{ source: string; handOff?: boolean }>(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("chat_messages_conversation_idx").on(t.conversationId, t.id), uniqueIndex("chat_messages_client_idx").on(t.conversationId, t.clientId)],
);

/** A staff member's presence for live help: "online" promises the shopper a person (F3). */
export const chatAgents = pgTable("chat_agents", {
  email: text("email").primaryKey(),
  status: text("status", { enum: ["online", "away"] }).notNull().default("away"),
  /** The inbox's last heartbeat: an agent whose inbox closed is away after a couple of minutes. */
  seenAt: timestamp("seen_at", { withTimezone: true }).notNull().defaultNow(),
});
