import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CouponForm } from "@/components/admin/coupon-form";
import { couponFormText } from "@/components/admin/coupon-text";
import { staffPage } from "@/lib/admin/access";
import { loadCouponForEdit } from "@/lib/admin/pages";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { money, toDecimalString } from "@/lib/money";
import { store } from "@/lib/store/config";

type Props = PageProps<"/[locale]/admin/coupons/[code]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  const t = await getTranslations({ locale, namespace: "admin.coupons" });
  return { title: t("editTitle", { code: decodeURIComponent(code) }), robots: { index: false, follow: false } };
}

/** One coupon's form, filled in as it is. */
export default async function CouponPage({ params }: Props) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  await staffPage();
  const coupon = await loadCouponForEdit(decodeURIComponent(code));
  if (!coupon) notFound();
  const t = await getTranslations("admin.coupons");
  const amount = (value: number | null) => (value === null ? "" : toDecimalString(money(value, store.currency)));
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  return (
    <div className="space-y-4">
      <Link href="/admin/coupons" className="inline-flex min-h-11 items-center text-brand underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold">{t("editTitle", { code: coupon.code })}</h1>
      <CouponForm
        isNew={false}
        initial={{
          code: coupon.code,
          kind: coupon.kind,
          percent: coupon.kind === "percent" ? String(coupon.value) : "",
          amount: coupon.kind === "fixed" ? amount(coupon.value) : "",
          minSubtotal: amount(coupon.minSubtotal),
          firstOrderOnly: coupon.firstOrderOnly,
          usageLimit: coupon.usageLimit === null ? "" : String(coupon.usageLimit),
          startsOn: day(coupon.startsAt),
          endsOn: day(coupon.expiresAt),
        }}
        text={await couponFormText(locale, { title: t("editTitle", { code: coupon.code }), submit: t("save") })}
      />
    </div>
  );
}
