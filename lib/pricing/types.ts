import type { Market } from "@/lib/markets/types";
import type { Money } from "@/lib/money";

/** ISO 3166-1 alpha-2 country code, upper case ("US", "DE", "UA"). */
export type CountryCode = string;

export interface Destination {
  country: CountryCode;
  /** State/province code where tax depends on it ("CA", "NY"). */
  region?: string | null;
  postalCode?: string | null;
}

export interface ShippingZone {
  id: string;
  /** Message key suffix: shipping.zones.<id> */
  countries: CountryCode[];
  domestic: boolean;
}

/** Price by order subtotal: the first tier whose `below` exceeds the subtotal applies; null = no upper bound. */
export interface RateTier {
  below: number | null;
  amount: number;
}

export interface ShippingMethod {
  id: string;
  zoneId: string;
  /** "standard" | "express" — also the message key for the method's name. */
  service: "standard" | "express";
  carrier: string;
  rate: RateTier[];
  /** Subtotal (after discounts, minor units) from which this method is free; null = never free. */
  freeOver: number | null;
  transitDays: { min: number; max: number };
}

export interface Warehouse {
  timeZone: string;
  /** Local time after which orders ship the next business day, "HH:MM". */
  cutoff: string;
  handlingDays: number;
  /** Local non-shipping dates, "YYYY-MM-DD". */
  holidays: string[];
}

export interface TaxRate {
  country: CountryCode;
  region: string | null;
  /** Basis points: 2000 = 20 %, 825 = 8.25 %. */
  rate: number;
  /** Whether shoppers in this market see prices including the tax. */
  inclusive: boolean;
  appliesToShipping: boolean;
  /** Message key of the tax's name: "vat", "salesTax", … */
  label: "vat" | "salesTax" | "gst";
}

export interface Promotion {
  id: string;
  /** Percent off the listed price of matching lines. */
  percentOff: number;
  /** Category slugs it applies to; empty = every product. */
  categories: string[];
  startsAt: string;
  endsAt: string;
}

export interface Coupon {
  code: string;
  kind: "percent" | "fixed" | "free_shipping";
  /** Percent (1–100) or fixed minor units of the base currency; ignored for free shipping. */
  value: number;
  /** A fixed coupon's amount per market currency ("EUR" → 1500); converted from `value` where absent. */
  amounts: Record<string, number>;
  minSubtotal: number | null;
  firstOrderOnly: boolean;
  usageLimit: number | null;
  timesUsed: number;
  startsAt: string | null;
  expiresAt: string | null;
}

export interface PricingRules {
  /** The currency of every amount in these rules: the base currency, or the market's once localized. */
  currency: string;
  /** The currency the catalog's prices and the stored rules are in. */
  baseCurrency: string;
  /** Every market, the home market first. */
  markets: Market[];
  /** The market these rules are priced in (lib/markets/localize.ts); null while still in the base currency. */
  market: Market | null;
  zones: ShippingZone[];
  methods: ShippingMethod[];
  warehouse: Warehouse;
  taxRates: TaxRate[];
  promotions: Promotion[];
}

export interface QuoteLine {
  variantId: number;
  categorySlug: string;
  quantity: number;
  /** Listed unit price, net of tax, minor units. */
  unitPrice: number;
  compareAtPrice: number | null;
}

export interface DeliveryWindow {
  /** Calendar dates "YYYY-MM-DD" in the destination's terms. */
  from: string;
  to: string;
}

export interface ShippingOption {
  methodId: string;
  service: ShippingMethod["service"];
  carrier: string;
  price: Money;
  free: boolean;
  window: DeliveryWindow;
}

export interface TaxLine {
  label: TaxRate["label"];
  rate: number;
  amount: Money;
}

export type CouponError =
  | { code: "invalid_format" }
  | { code: "not_found" }
  | { code: "not_started"; startsAt: string }
  | { code: "expired"; expiredAt: string }
  | { code: "usage_limit" }
  | { code: "first_order_only" }
  | { code: "min_subtotal"; missing: Money };

export interface QuoteLineResult {
  variantId: number;
  quantity: number;
  /** Unit price as the shopper sees it (incl. tax where the market expects it). */
  unitPrice: Money;
  compareAtPrice: Money | null;
  /** Quantity × unit price after the automatic promotion. */
  total: Money;
  promotionDiscount: Money;
}

export interface Quote {
  currency: string;
  /** The market the destination belongs to (lib/markets), which decided the currency. */
  marketId: string | null;
  destination: Destination | null;
  pricesIncludeTax: boolean;
  lines: QuoteLineResult[];
  /** Sum of line totals (after promotions), as displayed. */
  subtotal: Money;
  /** Everything taken off compared with compare-at prices, promotions and the coupon. */
  savings: Money;
  orderDiscount: Money;
  coupon: { code: string; applied: true } | { code: string; applied: false; error: CouponError } | null;
  shippingOptions: ShippingOption[];
  selectedShipping: ShippingOption | null;
  tax: { lines: TaxLine[]; total: Money; included: boolean };
  total: Money;
}
