import { getFormatter, getTranslations } from "next-intl/server";
import { LiveText } from "@/components/shopper/live-text";
import { Link } from "@/lib/i18n/navigation";

/**
 * Header link to the cart with the live item count (D1). On a cached page (`live`) the count is
 * the shopper's own once the browser has asked for it.
 */
export async function CartLink({ count, live = false }: { count: number; live?: boolean }) {
  const [t, format] = await Promise.all([getTranslations("cart"), getFormatter()]);
  return (
    <Link
      href="/cart"
      prefetch={false}
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-2 text-sm font-medium hover:bg-brand-soft"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h9.2a1 1 0 0 0 1-.8L21 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9" cy="20" r="1.3" />
        <circle cx="17" cy="20" r="1.3" />
      </svg>
      {/* Screen readers hear "Cart, 2 items"; sighted shoppers see the badge (and the word from `lg` up). */}
      <span aria-hidden="true" className="hidden lg:inline">
        {t("link")}
      </span>
      <span aria-hidden="true" className="rounded-full bg-brand px-1.5 text-xs font-bold text-white">
        {live ? <LiveText field="cartBadge" initial={format.number(count)} /> : format.number(count)}
      </span>
      <span className="sr-only">{live ? <LiveText field="cartLabel" initial={t("linkWithCount", { count })} /> : t("linkWithCount", { count })}</span>
    </Link>
  );
}

/** Header link to the wishlist. */
export async function WishlistLink() {
  const t = await getTranslations("cart");
  return (
    <Link href="/wishlist" prefetch={false} className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-2 text-sm font-medium hover:bg-brand-soft">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" strokeLinejoin="round" />
      </svg>
      <span className="sr-only lg:not-sr-only">{t("wishlistLink")}</span>
    </Link>
  );
}
