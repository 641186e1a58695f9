import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { CartLiveSync } from "./cart-live-sync";

/**
 * Header link to the cart with the live item count (D1). Every page that shows the count listens
 * for changes, an empty cart included: the first item may be added in another tab.
 */
export async function CartLink({ count }: { count: number }) {
  const t = await getTranslations("cart");
  return (
    <>
      <CartLiveSync />
      <Link
        href="/cart"
        prefetch={false}
        className="relative inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium hover:bg-brand-soft"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M3 4h2l2.4 11.2a1 1 0 0 0 1 .8h9.2a1 1 0 0 0 1-.8L21 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
          <circle cx="9" cy="20" r="1.3" />
          <circle cx="17" cy="20" r="1.3" />
        </svg>
        {/* Screen readers hear "Cart, 2 items"; sighted shoppers see the word and the badge. */}
        <span aria-hidden="true">{t("link")}</span>
        <span aria-hidden="true" className="rounded-full bg-brand px-1.5 text-xs font-bold text-white">
          {count}
        </span>
        <span className="sr-only">{t("linkWithCount", { count })}</span>
      </Link>
    </>
  );
}

/** Header link to the wishlist. */
export async function WishlistLink() {
  const t = await getTranslations("cart");
  return (
    <Link href="/wishlist" prefetch={false} className="inline-flex min-h-11 items-center gap-1 rounded-md px-2 text-sm font-medium hover:bg-brand-soft">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" strokeLinejoin="round" />
      </svg>
      {t("wishlistLink")}
    </Link>
  );
}
