import { getTranslations } from "next-intl/server";
import { couponState, type AdminCoupon } from "@/lib/admin/coupons";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";
import { store } from "@/lib/store/config";

/** Each coupon: what it gives and on what, its uses against its limit, its days and whether it works now. */
export async function CouponsTable({ coupons, locale }: { coupons: AdminCoupon[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.coupons" });
  const tag = localeTags[locale];
  const format = (amount: number) => formatMoney(money(amount, store.currency), tag);
  const day = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const now = new Date();
  const gives = (coupon: AdminCoupon) =>
    [
      coupon.kind === "percent" ? t("givesPercent", { value: coupon.value }) : coupon.kind === "fixed" ? t("givesFixed", { amount: format(coupon.value) }) : t("givesFree"),
      coupon.minSubtotal ? t("minimum", { amount: format(coupon.minSubtotal) }) : null,
      coupon.firstOrderOnly ? t("firstOnly") : null,
    ]
      .filter(Boolean)
      .join(" · ");
  const window = (coupon: AdminCoupon) =>
    coupon.startsAt && coupon.expiresAt
      ? t("between", { start: day.format(coupon.startsAt), end: day.format(coupon.expiresAt) })
      : coupon.startsAt
        ? t("from", { start: day.format(coupon.startsAt) })
        : coupon.expiresAt
          ? t("until", { end: day.format(coupon.expiresAt) })
          : t("always");
  return (
    <div className="overflow-x-auto rounded-lg border border-line">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">{t("code")}</th>
            <th scope="col" className="p-2 text-start">{t("gives")}</th>
            <th scope="col" className="p-2 text-end">{t("used")}</th>
            <th scope="col" className="p-2 text-start">{t("window")}</th>
            <th scope="col" className="p-2 text-start">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {coupons.map((coupon) => (
            <tr key={coupon.code} className="border-b border-line">
              <th scope="row" className="p-2 text-start">
                <Link href={`/admin/coupons/${coupon.code}`} aria-label={t("edit", { code: coupon.code })} className="inline-flex min-h-11 items-center font-mono font-semibold text-brand underline" dir="ltr">
                  {coupon.code}
                </Link>
              </th>
              <td className="p-2">{gives(coupon)}</td>
              <td className="p-2 text-end">{coupon.usageLimit === null ? t("usedNoLimit", { used: coupon.timesUsed }) : t("usedOf", { used: coupon.timesUsed, limit: coupon.usageLimit })}</td>
              <td className="p-2">{window(coupon)}</td>
              <td className="p-2">{t(`states.${couponState(coupon, now)}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
