import { getTranslations, setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { staffPage } from "@/lib/admin/access";
import type { Locale } from "@/lib/i18n/locales";

/** Every admin page: staff only (a plain 404 for anyone else), with the admin's own navigation. */
export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await staffPage();
  const t = await getTranslations({ locale, namespace: "admin.nav" });
  return (
    <div className="space-y-6">
      <AdminNav
        label={t("label")}
        links={[
          { href: "/admin", label: t("overview") },
          { href: "/admin/analytics", label: t("analytics") },
          { href: "/admin/experiments", label: t("experiments") },
          { href: "/admin/inbox", label: t("inbox") },
          { href: "/admin/orders", label: t("orders") },
          { href: "/admin/products", label: t("products") },
          { href: "/admin/categories", label: t("categories") },
          { href: "/admin/reviews", label: t("reviews") },
          { href: "/admin/pricing", label: t("pricing") },
          { href: "/admin/coupons", label: t("coupons") },
          { href: "/admin/taxes", label: t("taxes") },
          { href: "/admin/customers", label: t("customers") },
          { href: "/admin/staff", label: t("staff") },
          { href: "/admin/settings", label: t("settings") },
          { href: "/admin/audit", label: t("audit") },
          { href: "/admin/security", label: t("security") },
        ]}
      />
      {children}
    </div>
  );
}
