import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { explainDatabaseError } from "@/db/explain-error";
import { env } from "@/lib/env";
import { track } from "@/lib/analytics/track";
import { eventSchemas } from "@/lib/analytics/events";
import { currentCartSummary } from "@/lib/cart/current";
import { currentWishlist } from "@/lib/cart/visitor";
import { getProduct } from "@/lib/catalog/cached";
import { locales, type Locale } from "@/lib/i18n/locales";
import { placeOf } from "@/lib/pricing/place";
import { quote } from "@/lib/pricing/quote";
import { hasOnlyStorableText } from "@/lib/security/storable-text";
import { shopperPricing } from "@/lib/pricing/shopper";
import { deliveryPanel, type DeliveryPanel } from "./delivery-panel";

/** The views a cached page reports from the browser: the page itself cannot know who looked. */
const viewSchema = z.discriminatedUnion("name", [
  z.object({ name: z.literal("page_view"), props: eventSchemas.page_view }),
  z.object({ name: z.literal("product_view"), props: eventSchemas.product_view }),
  z.object({ name: z.literal("listing_filter"), props: eventSchemas.listing_filter }),
]);

export const shopperRequestSchema = z
  .object({
    locale: z.enum(locales),
    /** The page the shopper is on, for the event log. */
    path: z.string().max(300).startsWith("/").optional(),
    /** True on the first page of a visit: a returning cart may then be mentioned. */
    newVisit: z.boolean().default(false),
    view: viewSchema.optional(),
    /** The product page's shown variant, for its delivery box. */
    product: z.object({ slug: z.string().min(1).max(200), variantId: z.number().int().positive() }).optional(),
  })
  // The path, the slug and the view are kept or looked up: text PostgreSQL cannot hold (a NUL) is refused here.
  .refine(hasOnlyStorableText, "text with a NUL or a lone surrogate");
export type ShopperRequest = z.input<typeof shopperRequestSchema>;

/** Everything personal a cached page shows, worded in the shopper's language. */
export interface ShopperState {
  cartCount: number;
  signedIn: boolean;
  wishlist: number[];
  destination: { country: string; postalCode: string | null } | null;
  text: { cartBadge: string; cartLabel: string; deliverTo: string; tabWaiting: string };
  welcomeBack: { text: string; cartLabel: string; cartHref: string; dismiss: string } | null;
  delivery: DeliveryPanel | null;
}

/**
 * The shopper's own parts of a page, for the request's cookies; records the page view it reports.
 * Null when the database cannot be reached.
 */
export async function shopperState(request: z.output<typeof shopperRequestSchema>): Promise<ShopperState | null> {
  try {
    return await readShopperState(request);
  } catch (error) {
    console.error(`[shopper] personal parts unavailable: ${explainDatabaseError(error, env.DATABASE_URL)}`);
    return null;
  }
}

async function readShopperState(request: z.output<typeof shopperRequestSchema>): Promise<ShopperState> {
  const locale: Locale = request.locale;
  const [{ cart, count }, wishlist, pricing, tCart, tDelivery, format] = await Promise.all([
    currentCartSummary(),
    currentWishlist(),
    shopperPricing(),
    getTranslations({ locale, namespace: "cart" }),
    getTranslations({ locale, namespace: "delivery" }),
    getFormatter({ locale }),
  ]);
  if (request.view) await track(request.view.name, request.view.props as never, { locale, path: request.path });
  const destination = pricing.destination;

  return {
    cartCount: count,
    signedIn: Boolean(cart?.userId),
    wishlist,
    destination: destination ? { country: destination.country, postalCode: destination.postalCode ?? null } : null,
    text: {
      cartBadge: format.number(count),
      cartLabel: tCart("linkWithCount", { count }),
      deliverTo: destination
        ? `${tDelivery("deliverToValue", { place: placeOf(destination, locale) })}${pricing.guessed ? ` ${tDelivery("guessed")}` : ""}`
        : tDelivery("deliverTo"),
      tabWaiting: tCart("tabWaiting", { count }),
    },
    welcomeBack:
      request.newVisit && count > 0
        ? { text: tCart("welcomeBack", { count }), cartLabel: tCart("viewCart"), cartHref: `/${locale}/cart`, dismiss: tCart("dismiss") }
        : null,
    delivery: request.product ? await productDelivery(request.product, locale, pricing) : null,
  };
}

async function productDelivery(
  { slug, variantId }: { slug: string; variantId: number },
  locale: Locale,
  pricing: Awaited<ReturnType<typeof shopperPricing>>,
): Promise<DeliveryPanel | null> {
  const product = await getProduct(slug, locale);
  const variant = product?.variants.find((v) => v.id === variantId);
  if (!product || !variant) return null;
  // One unit of the shown variant, quoted exactly as the cart and checkout will quote it.
  const lineQuote = quote({
    lines: [
      {
        variantId: variant.id,
        categorySlug: product.category.slug,
        quantity: 1,
        unitPrice: variant.price.amount,
        compareAtPrice: variant.compareAtPrice?.amount ?? null,
      },
    ],
    destination: pricing.destination,
    rules: pricing.rules,
    at: pricing.at,
  });
  return deliveryPanel(pricing, lineQuote, locale);
}
