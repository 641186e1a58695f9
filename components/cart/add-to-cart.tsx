"use client";

import { useLocale } from "next-intl";
import Link from "next/link";
import { lazy, Suspense, useActionState, useEffect, useId, type ReactNode } from "react";
import { useShopperActions } from "@/components/shopper/shopper-provider";
import { StickyBar } from "@/components/ui/sticky-bar";
import { addToCart, type LineActionState } from "@/lib/cart/actions";
import { pushRetargetingEvent, type RetargetingEvent } from "@/lib/retargeting/data-layer";

// The mini-cart's code comes after the first add (its download starts with the click), not with the product page.
const loadMiniCart = () => import("./mini-cart");
const MiniCart = lazy(loadMiniCart);

export interface AddToCartText {
  add: string;
  adding: string;
  added: string;
  viewCart: string;
  continueShopping: string;
  subtotal: string;
  quantity: string;
  cartHref: string;
  checkout: string;
  checkoutHref: string;
}

/**
 * The buy button when a variant can be bought. After adding, a mini-cart opens (D1): a modal
 * dialog — focus stays inside and Esc closes it — with the line, the subtotal, the free-shipping
 * status and a dominant way on to the cart. With `sticky`, the same button — submitting this very
 * form, so the same variant and checks — waits at the foot of a phone's screen while this one is out of view.
 */
export function AddToCart({
  variantId,
  text,
  sticky,
  retargeting,
}: {
  variantId: number;
  text: AddToCartText;
  sticky?: { label: string; summary: ReactNode };
  /** E7: the `add_to_cart` browser event, fired (with consent) after each add. */
  retargeting?: RetargetingEvent;
}) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<LineActionState, FormData>(addToCart, { status: "idle" });
  const formId = useId();
  const buttonId = `${formId}-button`;
  const added = state.status === "done" ? state.added : undefined;
  const openedAt = state.status === "done" ? state.at : undefined;
  const { refresh: refreshShopper } = useShopperActions();
  // The action answers without rendering the page again: the header's count is asked for anew.
  useEffect(() => {
    if (openedAt) refreshShopper();
  }, [openedAt, refreshShopper]);
  const addEvent = JSON.stringify(retargeting ?? null);
  useEffect(() => {
    if (openedAt && addEvent !== "null") pushRetargetingEvent(JSON.parse(addEvent) as RetargetingEvent);
  }, [openedAt, addEvent]);

  return (
    <>
      <form id={formId} action={action} onSubmit={() => void loadMiniCart()} className="space-y-2">
        <input type="hidden" name="variantId" value={variantId} />
        <input type="hidden" name="quantity" value="1" />
        <input type="hidden" name="locale" value={locale} />
        <button id={buttonId} type="submit" className="btn-primary w-full text-lg" disabled={pending}>
          {pending ? text.adding : text.add}
        </button>
        <p aria-live="polite" className="min-h-6 text-sm">
          {state.status === "done" ? (
            <span className="text-ok">
              {text.added}{" "}
              <Link href={text.cartHref} className="font-semibold underline">
                {text.viewCart}
              </Link>
            </span>
          ) : state.status === "error" ? (
            <span className="text-sale">{state.message}</span>
          ) : null}
        </p>
        {added && openedAt ? (
          <Suspense>
            <MiniCart added={added} openedAt={openedAt} text={text} />
          </Suspense>
        ) : null}
      </form>
      {sticky ? (
        <StickyBar watchId={buttonId} label={sticky.label}>
          <div className="min-w-0 flex-1">{sticky.summary}</div>
          <button type="submit" form={formId} className="btn-primary shrink-0 text-lg" disabled={pending}>
            {pending ? text.adding : text.add}
          </button>
        </StickyBar>
      ) : null}
    </>
  );
}
