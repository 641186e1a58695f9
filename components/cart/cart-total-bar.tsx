import { getTranslations } from "next-intl/server";
import { StickyBar } from "@/components/ui/sticky-bar";
import { Link } from "@/lib/i18n/navigation";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import { totalBeforeTax, type TaxLine } from "@/lib/pricing/tax-line";
import type { ShownArm } from "@/lib/experiments/current";
import type { Quote } from "@/lib/pricing/types";

/** The total and "Checkout", kept in view on phones once the summary's own button scrolls away. */
export async function CartTotalBar({ quote, tax, locale, checkoutArm }: { quote: Quote; tax: TaxLine; locale: Locale; checkoutArm: ShownArm<"cart_checkout_cta"> | null }) {
  const t = await getTranslations("cart");
  return (
    <StickyBar watchId="cart-checkout" label={t("stickyBar")}>
      <p className="flex-1">
        {/* The same label as the summary's total: "Total before tax" until the ZIP code is known. */}
        <span className="block text-sm text-muted">{totalBeforeTax(tax) ? t("totalBeforeTax") : t("total")}</span>
        <span className="block text-lg font-bold">{formatMoney(quote.total, localeTags[locale])}</span>
      </p>
      <Link href="/checkout" className="btn-primary flex-1 text-lg">
        {checkoutArm && checkoutArm.value !== "checkout" ? t(`checkoutArms.${checkoutArm.value}`) : t("checkout")}
      </Link>
    </StickyBar>
  );
}
