import { useLocale, useTranslations } from "next-intl";
import { localeTags } from "@/lib/i18n/locales";
import { formatMoney, savings, type Money } from "@/lib/money";

/** Formats money for the shopper's locale. The one place prices become text. */
export function useMoneyFormatter() {
  const locale = useLocale();
  return (value: Money) => formatMoney(value, localeTags[locale]);
}

export function Price({ value, className }: { value: Money; className?: string }) {
  const format = useMoneyFormatter();
  return <span className={className}>{format(value)}</span>;
}

/** Price with the original price struck through and the saving spelled out (B6). */
export function SalePrice({
  price,
  compareAt,
  size = "md",
  showSaving = false,
  prefixFrom = false,
}: {
  price: Money;
  compareAt: Money | null;
  size?: "md" | "lg";
  showSaving?: boolean;
  prefixFrom?: boolean;
}) {
  const t = useTranslations("product");
  const format = useMoneyFormatter();
  const saved = savings(price, compareAt);
  const priceText = prefixFrom ? t("from", { price: format(price) }) : format(price);
  const big = size === "lg" ? "text-2xl" : "text-base";
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <span className={`${big} font-bold ${saved ? "text-sale" : "text-ink"}`}>{priceText}</span>
      {saved && compareAt ? (
        <>
          <s className="text-sm text-muted">
            <span className="sr-only">{t("was", { price: format(compareAt) })}</span>
            <span aria-hidden="true">{format(compareAt)}</span>
          </s>
          {showSaving ? (
            <span className="rounded bg-sale px-2 py-0.5 text-sm font-semibold text-white">
              {t("save", { amount: format(saved.amount), percent: saved.percent })}
            </span>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
