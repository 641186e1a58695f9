import type { Metadata } from "next";
import Image from "next/image";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { CouponForm } from "@/components/cart/coupon-form";
import { HandoffPanel } from "@/components/cart/handoff-panel";
import { ItemAction } from "@/components/cart/item-action";
import { LineControls } from "@/components/cart/line-controls";
import { ProductGrid } from "@/components/product/product-card";
import { ShippingChoice } from "@/components/cart/shipping-choice";
import { formatWindow } from "@/components/pricing/format";
import { ltrTag } from "@/components/ui/ltr";
import { StickyBar } from "@/components/ui/sticky-bar";
import { DeliverToControl } from "@/components/pricing/deliver-to-control";
import { QuoteTotals } from "@/components/pricing/quote-totals";
import { getDb } from "@/db";
import { track } from "@/lib/analytics/track";
import { undoRemoval } from "@/lib/cart/actions";
import { cartCouponText } from "@/lib/cart/messages";
import { getCartView, variantProductName } from "@/lib/cart/queries";
import { orderStatusPath } from "@/lib/checkout/order-access";
import { recentOrderOf } from "@/lib/checkout/order-view";
import { lastRemoval } from "@/lib/cart/undo";
import { mergeNotice } from "@/lib/accounts/merge-notice";
import { listOwner } from "@/lib/cart/owner";
import { listSaved } from "@/lib/cart/saved";
import { moveToCart, removeSavedItem, saveForLater } from "@/lib/cart/saved-actions";
import { quoteForShopper } from "@/lib/cart/shopper-quote";
import { maxLineQuantity } from "@/lib/cart/rules";
import { recommendForCart } from "@/lib/cart/recommendations";
import { currentCart, currentWishlist } from "@/lib/cart/visitor";
import { listProducts } from "@/lib/catalog/queries";
import { env } from "@/lib/env";
import { localizeDigits } from "@/lib/i18n/digits";
import { totalBeforeTax } from "@/lib/pricing/tax-line";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money, type Money } from "@/lib/money";
import { marketUnitPrice } from "@/lib/pricing/quote";
import { freeShippingProgress } from "@/lib/pricing/shipping";
import { priceContext, shopperPricing } from "@/lib/pricing/shopper";

type Props = PageProps<"/[locale]/cart">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "cart" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

/** Where "Continue shopping" leads: the page the shopper came from on this store, else the home page (A8). */
async function continueShoppingHref(locale: Locale): Promise<string> {
  const referer = (await headers()).get("referer");
  try {
    const url = referer ? new URL(referer) : null;
    const own = url && url.host === new URL(env.SITE_URL).host && url.pathname.startsWith(`/${locale}`) && !url.pathname.endsWith("/cart");
    return own ? url.pathname + url.search : `/${locale}`;
  } catch {
    return `/${locale}`;
  }
}

export default async function CartPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const [t, tDelivery, tHandoff, tCheckout, pricing, cartRef, backHref] = await Promise.all([
    getTranslations("cart"),
    getTranslations("delivery"),
    getTranslations("handoff"),
    getTranslations("checkout"),
    shopperPricing(),
    currentCart(),
    continueShoppingHref(locale),
  ]);
  const db = await getDb();
  const format = (value: Money) => formatMoney(value, localeTags[locale]);
  const [cart, saved] = cartRef
    ? await Promise.all([getCartView(db, { ...cartRef, locale }), listSaved(db, { visitorId: listOwner(cartRef), locale })])
    : [null, []];
  const savedSection = saved.length ? (
    <section aria-labelledby="saved-heading" className="mt-10">
      <h2 id="saved-heading" className="mb-3 text-xl font-bold">
        {t("savedTitle")}
      </h2>
      <ul className="divide-y divide-line rounded-lg border border-line bg-white">
        {saved.map((item) => (
          <li key={item.variantId} className="flex flex-wrap items-center gap-4 p-4">
            {item.image ? <Image src={item.image.src} alt="" width={64} height={64} sizes="64px" className="h-16 w-16 rounded-md object-cover" /> : null}
            <div className="flex-1">
              <Link href={`/p/${item.productSlug}?${new URLSearchParams(item.options as Record<string, string>)}`} className="font-semibold hover:underline">
                {item.productName}
              </Link>
              <p className="text-sm text-muted">
                {Object.entries(item.options).map(([name, value]) => (
                  <OptionValue key={name} name={name} value={value} />
                ))}
              </p>
              <p className="text-sm">{format(marketUnitPrice(item, priceContext(pricing)))}</p>
            </div>
            <ItemAction action={moveToCart} fields={{ variantId: item.variantId }} label={t("moveToCart")} className="btn-secondary" />
            <ItemAction action={removeSavedItem} fields={{ variantId: item.variantId }} label={t("removeSaved")} />
          </li>
        ))}
      </ul>
    </section>
  ) : null;
  const merged = await mergeNotice(db, locale);
  const mergedNotice = merged.length ? (
    <div role="status" className="rounded-lg border border-warn bg-white p-3 text-sm">
      <p className="font-semibold">{t("mergedTitle")}</p>
      <ul className="list-disc ps-5">
        {merged.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  ) : null;
  const removal = await lastRemoval();
  const removedName =
    removal && !cart?.lines.some((l) => l.variantId === removal.variantId)
      ? await variantProductName(db, { variantId: removal.variantId, locale })
      : null;
  const undoNotice = removedName ? (
    <form action={undoRemoval} role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-white p-3">
      <input type="hidden" name="locale" value={locale} />
      <span>{t("removed", { name: removedName })}</span>
      <button type="submit" className="btn-secondary">
        {t("undo")}
      </button>
    </form>
  ) : null;
  const continueLink = (
    <a href={backHref} className="font-medium text-brand underline">
      {t("continueShopping")}
    </a>
  );

  if (!cart || cart.lines.length === 0) {
    await track("page_view", { page: "cart" }, { locale, path: `/${locale}/cart` });
    const placed = cartRef ? await recentOrderOf(db, cartRef) : null;
    const placedHref = placed ? await orderStatusPath(locale, placed.number, placed.email) : null;
    return (
      <div className="mx-auto max-w-xl py-10 text-center">
        <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
        {undoNotice ? <div className="mb-4 flex justify-center">{undoNotice}</div> : null}
        {placed && placedHref ? (
          <p role="status" className="mb-4 rounded-lg border border-line bg-white p-3">
            {t.rich("recentOrder", { number: localizeDigits(placed.number, locale), ltr: ltrTag })}{" "}
            <a href={placedHref} className="inline-block py-2 font-semibold text-brand underline">
              {t("recentOrderLink")}
            </a>
          </p>
        ) : null}
        <p className="mb-6">{t("empty")}</p>
        {continueLink}
        <div className="text-start">{savedSection}</div>
      </div>
    );
  }

  const [{ quote: q, tax }, recommendedIds, wishlist] = await Promise.all([
    quoteForShopper(db, { cart, ref: cartRef!, pricing }),
    recommendForCart(db, { visitorId: cartRef!.visitorId, cartId: cart.id, limit: 4 }),
    currentWishlist(),
  ]);
  const recommendedCards = await listProducts(db, { locale, onlyIds: recommendedIds, limit: 4 });
  const recommended = recommendedIds.map((id) => recommendedCards.items.find((p) => p.id === id)).filter((p) => p !== undefined);
  await track(
    "cart_view",
    { lines: cart.lines.length, items: cart.lines.reduce((sum, l) => sum + l.quantity, 0), subtotal: q.subtotal.amount, currency: q.currency },
    { locale, path: `/${locale}/cart` },
  );
  const currency = pricing.rules.currency;
  const progress = freeShippingProgress(q, pricing.rules.methods);
  const prices = priceContext(pricing);
  const couponText = await cartCouponText(q.coupon, locale);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {continueLink}
      </div>
      {mergedNotice}
      {undoNotice}
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-label={t("title")}>
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {cart.lines.map((line) => {
              const priced = q.lines.find((l) => l.variantId === line.variantId)!;
              const options = Object.entries(line.options);
              const search = new URLSearchParams(line.options as Record<string, string>).toString();
              const href = `/p/${line.productSlug}${search ? `?${search}` : ""}`;
              return (
                <li key={line.variantId} className="grid grid-cols-[4rem_minmax(0,1fr)_auto] gap-x-3 gap-y-2 p-4 sm:grid-cols-[6rem_minmax(0,1fr)_auto] sm:gap-x-4">
                  <div className="sm:row-span-2">
                    {line.image ? (
                      <Image src={line.image.src} alt="" width={96} height={96} sizes="(min-width: 640px) 96px, 64px" className="h-16 w-16 rounded-md object-cover sm:h-24 sm:w-24" />
                    ) : null}
                  </div>
                  <div className="space-y-1">
                    <h2 className="font-semibold">
                      <Link href={href} className="hover:underline">
                        {line.productName}
                      </Link>
                    </h2>
                    {options.length ? <p className="text-sm text-muted">{options.map(([name, value]) => <OptionValue key={name} name={name} value={value} />)}</p> : null}
                    <p className="text-sm">{format(priced.unitPrice)}</p>
                    {line.unitPriceSeen !== line.unitPrice && marketUnitPrice({ ...line, unitPrice: line.unitPriceSeen }, prices).amount !== priced.unitPrice.amount ? (
                      <p className="text-sm text-warn">{t("priceChanged", { price: format(marketUnitPrice({ ...line, unitPrice: line.unitPriceSeen }, prices)) })}</p>
                    ) : null}
                    {line.available <= 5 ? <p className="text-sm text-warn">{t("lowStock", { count: line.available })}</p> : null}
                  </div>
                  <p className="text-end font-semibold">
                    <span className="sr-only">{t("lineTotal")}: </span>
                    {format(priced.total)}
                  </p>
                  {/* On phones the stepper gets the card's full width below the name, never squeezed beside it. */}
                  <div className="col-span-3 flex flex-wrap items-center gap-x-4 gap-y-1 sm:col-span-2">
                    <LineControls
                      variantId={line.variantId}
                      quantity={line.quantity}
                      max={Math.min(maxLineQuantity, line.available)}
                      text={{
                        quantity: t("quantity"),
                        decrease: t("decrease", { name: line.productName }),
                        increase: t("increase", { name: line.productName }),
                        remove: t("remove", { name: line.productName }),
                      }}
                    />
                    <ItemAction action={saveForLater} fields={{ variantId: line.variantId }} label={t("saveForLater")} />
                  </div>
                </li>
              );
            })}
          </ul>
        </section>

        <aside aria-labelledby="summary-heading" className="space-y-5 rounded-lg border border-line bg-white p-5">
          <h2 id="summary-heading" className="text-xl font-bold">
            {t("summary")}
          </h2>
          <DeliverToControl pricing={pricing} locale={locale} idPrefix="cart-deliver" inline />
          {progress ? (
            <div>
              <p className="text-sm font-medium">
                {progress.remaining === 0
                  ? t("freeShippingReached")
                  : t("freeShippingProgress", { amount: format(money(progress.remaining, currency)) })}
              </p>
              <div
                role="progressbar"
                aria-label={t("freeShippingBar")}
                aria-valuemin={0}
                aria-valuemax={progress.threshold}
                aria-valuenow={Math.min(progress.counted, progress.threshold)}
                aria-valuetext={format(money(Math.min(progress.counted, progress.threshold), currency))}
                className="mt-1 h-2 overflow-hidden rounded bg-line"
              >
                <div className="h-full bg-ok" style={{ width: `${Math.min(100, (progress.counted / progress.threshold) * 100)}%` }} />
              </div>
            </div>
          ) : null}
          {q.shippingOptions.length ? (
            <ShippingChoice
              selected={q.selectedShipping?.methodId ?? null}
              text={{ legend: t("shippingMethod"), update: t("chooseShipping") }}
              options={q.shippingOptions.map((option) => ({
                methodId: option.methodId,
                label: tDelivery("carrier", { service: tDelivery(option.service), carrier: option.carrier }),
                detail: tDelivery("arrives", formatWindow(option.window, locale)),
                price: option.free ? tDelivery("free") : format(option.price),
              }))}
            />
          ) : pricing.destination ? (
            <p className="text-sm text-sale">{t("noShipping")}</p>
          ) : null}
          <CouponForm
            applied={q.coupon?.applied ? q.coupon.code : null}
            notApplied={couponText.notApplied}
            text={{
              haveCode: t("haveCode"),
              code: t("code"),
              apply: t("apply"),
              remove: t("removeCode", { code: q.coupon?.code ?? "" }),
              applied: couponText.applied,
            }}
          />
          <QuoteTotals quote={q} tax={tax} locale={locale} zipPrompt />
          <Link id="cart-checkout" href="/checkout" className="btn-primary w-full text-lg">
            {t("checkout")}
          </Link>
          <p className="text-center text-sm text-muted">{t("secureCheckout")}</p>
          <HandoffPanel
            text={{
              title: tHandoff("title"),
              intro: tHandoff("intro"),
              showLink: tHandoff("showLink"),
              linkLabel: tHandoff("linkLabel"),
              copy: tHandoff("copy"),
              copied: tHandoff("copied"),
              qrAlt: tHandoff("qrAlt"),
              emailLabel: tHandoff("emailLabel"),
              emailField: tHandoff("emailField"),
              emailSend: tHandoff("emailSend"),
              expiresAt: tHandoff.raw("expiresAt") as string,
              emailSuggestion: tCheckout.raw("emailSuggestion") as string,
            }}
          />
        </aside>
      </div>
      <StickyBar watchId="cart-checkout" label={t("stickyBar")}>
        <p className="flex-1">
          {/* The same label as the summary's total: "Total before tax" until the ZIP code is known. */}
          <span className="block text-sm text-muted">{totalBeforeTax(tax) ? t("totalBeforeTax") : t("total")}</span>
          <span className="block text-lg font-bold">{format(q.total)}</span>
        </p>
        <Link href="/checkout" className="btn-primary flex-1 text-lg">
          {t("checkout")}
        </Link>
      </StickyBar>
      {savedSection}
      {recommended.length ? (
        <section aria-labelledby="recommended-heading" className="mt-10">
          <h2 id="recommended-heading" className="mb-3 text-xl font-bold">
            {t("recommended")}
          </h2>
          <ProductGrid products={recommended} prices={priceContext(pricing)} wishlist={wishlist} />
        </section>
      ) : null}
    </div>
  );
}

async function OptionValue({ name, value }: { name: string; value: string }) {
  const t = await getTranslations("options");
  const label = name === "color" ? t(`color.${value as "black"}`) : name === "size" ? t(`size.${value as "M"}`) : value;
  return <span className="me-3">{`${name === "color" ? t("color.label") : t("size.label")}: ${label}`}</span>;
}
