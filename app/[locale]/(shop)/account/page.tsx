import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { DeleteAccountForm, LanguageForm } from "@/components/account/account-forms";
import { formatWindow } from "@/lib/pricing/format";
import { savedCardWording } from "@/components/checkout/saved-card-label";
import { removeAddress, removeCard } from "@/lib/accounts/account-actions";
import { signOutThisDevice } from "@/lib/accounts/actions";
import { loadAccount } from "@/lib/accounts/account-pages";
import { currentUserId } from "@/lib/cart/visitor";
import { addressLines } from "@/lib/checkout/fields";
import { localizeDigits } from "@/lib/i18n/digits";
import { Link } from "@/lib/i18n/navigation";
import { countryName } from "@/lib/i18n/regions";
import { localeTags, locales, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { cardExpired } from "@/lib/payments/card";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/account">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "account" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The account: orders, saved addresses and cards, language, wishlist, sign-out and deletion. Only the owner's data. */
export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const userId = await currentUserId();
  if (!userId) redirect(`/${locale}/sign-in?callbackUrl=/${locale}/account`);
  const query = await searchParams;
  const [t, tOrder, tLanguage] = await Promise.all([getTranslations("account"), getTranslations("order"), getTranslations("language")]);
  const [{ user, orders, addresses: saved, cards, cart }, cardWording] = await Promise.all([loadAccount({ userId, locale }), savedCardWording(locale)]);
  const tag = localeTags[locale];
  const date = new Intl.DateTimeFormat(tag, { dateStyle: "medium" });
  const now = new Date();
  // The welcome code is mentioned while it is still to come: waiting for the next cart, or on the cart now.
  const coupon = store.accounts.welcomeCoupon;
  const welcomeCode = coupon && (user?.welcomeCoupon === coupon.code || cart?.couponCode === coupon.code) ? coupon : null;

  return (
    <div className="mx-auto max-w-3xl space-y-8 py-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-muted wrap-anywhere">{t("signedInAs", { email: user?.email ?? "" })}</p>
        </div>
        <form action={signOutThisDevice}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="btn-secondary">
            {t("signOut")}
          </button>
        </form>
      </div>
      {query.welcome === "1" || welcomeCode ? (
        <div role="status" className="space-y-1 rounded-lg border border-ok bg-white p-4">
          {query.welcome === "1" ? <p className="font-semibold text-ok">{t("welcome")}</p> : null}
          {welcomeCode ? <p>{t("welcomeCoupon", { code: welcomeCode.code, percent: welcomeCode.percent })}</p> : null}
        </div>
      ) : null}

      <section aria-labelledby="orders-heading" className="space-y-3">
        <h2 id="orders-heading" className="text-xl font-bold">
          {t("orders")}
        </h2>
        {orders.length === 0 ? <p>{t("noOrders")}</p> : null}
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {orders.map((order) => (
            <li key={order.number} className="flex flex-wrap items-center justify-between gap-2 p-4">
              <div>
                <Link href={`/account/orders/${order.number}`} className="font-semibold text-brand underline">
                  {t("orderLine", { number: localizeDigits(order.number, locale), date: date.format(order.createdAt), total: formatMoney(money(order.total, order.currency), tag) })}
                </Link>
                <p className="text-sm text-muted">{tOrder("arrives", formatWindow(order.deliveryWindow, locale))}</p>
              </div>
              <span className="text-sm font-medium">{tOrder(`statuses.${order.status}`)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="addresses-heading" className="space-y-3">
        <h2 id="addresses-heading" className="text-xl font-bold">
          {t("addresses")}
        </h2>
        {saved.length === 0 ? <p>{t("noAddresses")}</p> : null}
        <ul className="space-y-2">
          {saved.map((row) => (
            <li key={row.id} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-line bg-white p-4">
              <p className="min-w-0 wrap-anywhere">
                <bdi data-shopper-text="">{new Intl.ListFormat(tag, { type: "unit", style: "short" }).format(addressLines(row.address, (code) => countryName(code, locale)))}</bdi>
                {row.isDefault ? <span className="ms-2 rounded bg-brand-soft px-2 py-0.5 text-xs font-semibold">{t("defaultAddress")}</span> : null}
              </p>
              <form action={removeAddress}>
                <input type="hidden" name="id" value={row.id} />
                <button type="submit" className="min-h-11 px-2 text-sm text-brand underline">
                  {t("deleteAddress")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="cards-heading" className="space-y-3">
        <h2 id="cards-heading" className="text-xl font-bold">
          {t("savedCards")}
        </h2>
        {cards.length === 0 ? <p>{t("noSavedCards")}</p> : null}
        <ul className="space-y-2">
          {cards.map((card) => (
            <li key={card.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-line bg-white p-4">
              <p>
                <span className="font-medium">{cardWording.name(card)}</span> ·{" "}
                {cardExpired(card, now) ? <span className="text-sale">{t("cardExpired", { expiry: cardWording.expiry(card) })}</span> : t("cardExpires", { expiry: cardWording.expiry(card) })}
              </p>
              <form action={removeCard}>
                <input type="hidden" name="id" value={card.id} />
                <button type="submit" className="min-h-11 px-2 text-sm text-brand underline">
                  {t("removeCard")}
                  <span className="sr-only"> {cardWording.name(card)}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="prefs-heading" className="space-y-3">
        <h2 id="prefs-heading" className="text-xl font-bold">
          {t("language")}
        </h2>
        <LanguageForm
          current={user?.locale ?? locale}
          options={locales.map((code) => ({ code, name: tLanguage(code) }))}
          text={{ label: t("language"), save: t("saveLanguage") }}
        />
        <p>
          <Link href="/wishlist" className="font-medium text-brand underline">
            {t("wishlist")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="delete-heading" className="space-y-2 rounded-lg border border-line bg-white p-4">
        <h2 id="delete-heading" className="text-xl font-bold">
          {t("deleteTitle")}
        </h2>
        <p className="text-sm">{t("deleteIntro")}</p>
        <DeleteAccountForm text={{ confirm: t("deleteConfirm"), button: t("deleteButton") }} />
      </section>
    </div>
  );
}
