import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { ltrTag } from "@/components/ui/ltr";
import type { PaymentMethodId } from "@/lib/settings/fields";
import { store } from "@/lib/store/config";

/** Trust at the point of payment (C1, C2): secure checkout, accepted payments, returns and a person to ask. */
export async function TrustPanel({ locale, paymentMethods }: { locale: Locale; paymentMethods: readonly PaymentMethodId[] }) {
  const t = await getTranslations({ locale, namespace: "checkout" });
  const marks = [...(["visa", "mastercard", "amex", "discover"] as const).map((brand) => t(`brands.${brand}`)), ...paymentMethods.filter((m) => m !== "card").map((m) => t(`methods.${m}`))];
  return (
    <div className="space-y-2 rounded-lg border border-line bg-white p-4 text-sm">
      <p className="flex items-center gap-2 font-medium">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-none stroke-current stroke-2">
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path d="M8 11V7a4 4 0 0 1 8 0v4" />
        </svg>
        {t("secure")}
      </p>
      <div>
        <span className="me-2 text-muted">{t("paymentMarks")}:</span>
        <ul className="inline-flex flex-wrap gap-2" aria-label={t("paymentMarks")}>
          {marks.map((mark) => (
            <li key={mark} className="rounded border border-line px-2 py-0.5 text-xs font-semibold">
              {mark}
            </li>
          ))}
        </ul>
      </div>
      <p>{t.rich("guarantee", { days: store.returnDays, phone: store.contact.phone, email: store.contact.email, ltr: ltrTag })}</p>
    </div>
  );
}
