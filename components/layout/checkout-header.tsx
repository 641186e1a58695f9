import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { ltrTag } from "@/components/ui/ltr";
import { store } from "@/lib/store/config";

/**
 * The enclosed checkout's header: the logo (back to the shop), a secure-checkout note, a person to
 * call and the way back to the cart — no search, categories or footer links to wander off through.
 */
export function CheckoutHeader() {
  const t = useTranslations("nav");
  const tPromise = useTranslations("promise");
  const tCheckout = useTranslations("checkout");
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto grid max-w-7xl grid-cols-[1fr_auto] items-center gap-x-4 px-4 py-1 lg:flex lg:py-2">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center justify-self-start text-lg font-bold tracking-tight text-brand lg:text-xl"
          aria-label={t("home", { storeName: store.name })}
        >
          {store.name}
        </Link>
        <Link href="/cart" className="inline-flex min-h-11 items-center gap-1 justify-self-end text-sm font-medium text-brand underline lg:order-3">
          <span aria-hidden="true" className="rtl:rotate-180">
            ←
          </span>
          {tCheckout("backToCart")}
        </Link>
        <p className="flex items-center gap-1.5 text-sm font-medium text-ok lg:order-1">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 shrink-0 fill-none stroke-current stroke-2">
            <rect x="5" y="11" width="14" height="10" rx="2" />
            <path d="M8 11V7a4 4 0 0 1 8 0v4" />
          </svg>
          {t("secureCheckout")}
        </p>
        <a href={store.contact.phoneHref} className="inline-flex min-h-11 items-center justify-self-end text-sm underline lg:order-2 lg:ms-auto">
          {tPromise.rich("help", { phone: store.contact.phone, ltr: ltrTag })}
        </a>
      </div>
    </header>
  );
}
