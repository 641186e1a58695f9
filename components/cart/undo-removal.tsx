import { getTranslations } from "next-intl/server";
import { undoRemoval } from "@/lib/cart/actions";
import type { Locale } from "@/lib/i18n/locales";

/** "<Name> removed · Undo" for the line just removed from the cart. */
export async function UndoRemoval({ name, locale }: { name: string; locale: Locale }) {
  const t = await getTranslations("cart");
  return (
    <form action={undoRemoval} role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-white p-3">
      <input type="hidden" name="locale" value={locale} />
      <span>{t("removed", { name })}</span>
      <button type="submit" className="btn-secondary">
        {t("undo")}
      </button>
    </form>
  );
}
