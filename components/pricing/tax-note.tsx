import { useTranslations } from "next-intl";
import type { TaxRate } from "@/lib/pricing/types";

/** "incl. VAT" beside a price where the shopper's market shows prices with tax (I1); nothing elsewhere. */
export function TaxNote({ rate, className = "" }: { rate: Pick<TaxRate, "inclusive" | "label"> | null; className?: string }) {
  const t = useTranslations("delivery");
  if (!rate?.inclusive) return null;
  return <span className={`text-xs text-muted ${className}`}>{t("priceIncludes", { tax: t(rate.label) })}</span>;
}
