import { getTranslations } from "next-intl/server";
import { ltrTag } from "@/components/ui/ltr";
import { localizeDigits } from "@/lib/i18n/digits";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The cart with nothing in it: "Undo" for the line just removed, the order just placed from this
 * browser (so a shopper back from paying finds it), and the items saved for later below.
 */
export async function EmptyCart({
  recentOrder,
  undo,
  continueLink,
  saved,
  locale,
}: {
  recentOrder: { number: number; href: string } | null;
  undo: React.ReactNode;
  continueLink: React.ReactNode;
  saved: React.ReactNode;
  locale: Locale;
}) {
  const t = await getTranslations("cart");
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1 className="mb-3 text-3xl font-bold">{t("title")}</h1>
      {undo ? <div className="mb-4 flex justify-center">{undo}</div> : null}
      {recentOrder ? (
        <p role="status" className="mb-4 rounded-lg border border-line bg-white p-3">
          {t.rich("recentOrder", { number: localizeDigits(recentOrder.number, locale), ltr: ltrTag })}{" "}
          <a href={recentOrder.href} className="inline-block py-2 font-semibold text-brand underline">
            {t("recentOrderLink")}
          </a>
        </p>
      ) : null}
      <p className="mb-6">{t("empty")}</p>
      {continueLink}
      <div className="text-start">{saved}</div>
    </div>
  );
}
