import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CouponForm } from "@/components/admin/coupon-form";
import { CouponsTable } from "@/components/admin/coupons-table";
import { couponFormText } from "@/components/admin/coupon-text";
import { staffPage } from "@/lib/admin/access";
import { loadCoupons } from "@/lib/admin/pages";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/coupons">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.coupons" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The merchant's coupons, what each gives, how often it was used and whether it works now; a form for a new one. */
export default async function CouponsPage({ params }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  await staffPage();
  const [t, coupons] = await Promise.all([getTranslations("admin.coupons"), loadCoupons()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {coupons.length ? <CouponsTable coupons={coupons} locale={locale} /> : <p>{t("none")}</p>}
      <CouponForm
        isNew
        initial={{ code: "", kind: "percent", percent: "", amount: "", minSubtotal: "", firstOrderOnly: false, usageLimit: "", startsOn: "", endsOn: "" }}
        text={await couponFormText(locale, { title: t("newTitle"), submit: t("create") })}
      />
    </div>
  );
}
