import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { AddToCart } from "@/components/cart/add-to-cart";
import { RetargetingSignal } from "@/components/retargeting/retargeting-signal";
import { StickyBar } from "@/components/ui/sticky-bar";
import type { RetargetingEvent } from "@/lib/retargeting/data-layer";
import type { BuyState } from "@/lib/catalog/variant-selection";
import { store } from "@/lib/store/config";
import { ChooseOptionButton } from "./choose-option-button";

/**
 * Stock, purchase limit and the buy button. The button never says "Out of stock" for something
 * that can be bought: until a choice is needed it names the choice (B8, and peers' top mistake).
 * On phones the button comes back in a sticky bar (with `summary`: name and price) while it is out of view.
 */
export function BuyBox({
  state,
  purchaseLimit,
  summary,
  retargeting,
}: {
  state: BuyState;
  purchaseLimit: number | null;
  summary: ReactNode;
  /** E7: the shown variant, for the consent-gated browser events. */
  retargeting?: RetargetingEvent;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const optionLabel = (name: string) => t(`options.${name as "size" | "color"}.label`).toLowerCase();

  let buttonLabel: string;
  let stock: { tone: "ok" | "warn" | "out"; text: string } | null = null;
  switch (state.kind) {
    case "choose": {
      const [first, second] = state.missing.map(optionLabel);
      buttonLabel = t("product.choose", { options: second ? t("product.optionList", { first: first!, second }) : first! });
      break;
    }
    case "available": {
      buttonLabel = t("product.addToCart");
      const low = state.variant.available <= store.lowStockThreshold;
      stock = low
        ? { tone: "warn", text: t("product.lowStock", { count: state.variant.available }) }
        : { tone: "ok", text: t("product.inStock") };
      break;
    }
    case "sold-out-combination":
      buttonLabel = t("product.soldOut");
      stock = { tone: "out", text: t("product.soldOutCombination", { option: optionLabel(state.option) }) };
      break;
    case "sold-out":
      buttonLabel = t("product.soldOut");
      stock = { tone: "out", text: t("product.soldOutProduct") };
      break;
  }

  const toneClass = { ok: "text-ok", warn: "text-warn", out: "text-sale" } as const;
  return (
    <div className="space-y-3">
      {retargeting ? <RetargetingSignal event={retargeting} /> : null}
      <div aria-live="polite" className="space-y-1">
        {stock ? <p className={`font-semibold ${toneClass[stock.tone]}`}>{stock.text}</p> : null}
        {purchaseLimit ? <p className="text-sm text-muted">{t("product.limit", { count: purchaseLimit })}</p> : null}
      </div>
      {state.kind === "available" ? (
        <AddToCart
          variantId={state.variant.id}
          text={{
            add: buttonLabel,
            adding: t("cart.adding"),
            added: t("cart.added"),
            viewCart: t("cart.viewCart"),
            continueShopping: t("cart.continueShopping"),
            subtotal: t("cart.subtotal"),
            quantity: t("cart.quantity"),
            cartHref: `/${locale}/cart`,
            checkout: t("cart.checkout"),
            checkoutHref: `/${locale}/checkout`,
          }}
          sticky={{ label: t("product.stickyBar"), summary }}
          retargeting={retargeting && { ...retargeting, name: "add_to_cart" }}
        />
      ) : (
        <button id="buy-button" type="button" className="btn-primary w-full text-lg" disabled>
          {buttonLabel}
        </button>
      )}
      {state.kind === "choose" ? (
        <StickyBar watchId="buy-button" label={t("product.stickyBar")}>
          <div className="min-w-0 flex-1">{summary}</div>
          <ChooseOptionButton option={state.missing[0]!} label={buttonLabel} />
        </StickyBar>
      ) : null}
    </div>
  );
}
