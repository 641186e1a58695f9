"use client";

import Image from "next/image";
import { useFormatter, useLocale } from "next-intl";
import Link from "next/link";
import { useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { StickyBar } from "@/components/ui/sticky-bar";
import { addToCart, type LineActionState } from "@/lib/cart/actions";

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
}: {
  variantId: number;
  text: AddToCartText;
  sticky?: { label: string; summary: ReactNode };
}) {
  const locale = useLocale();
  const format = useFormatter();
  const [state, action, pending] = useActionState<LineActionState, FormData>(addToCart, { status: "idle" });
  const dialog = useRef<HTMLDialogElement>(null);
  const formId = useId();
  const buttonId = `${formId}-button`;
  const added = state.status === "done" ? state.added : undefined;
  const openedAt = state.status === "done" ? state.at : undefined;

  useEffect(() => {
    if (openedAt && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [openedAt]);

  return (
    <>
      <form id={formId} action={action} className="space-y-2">
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
        {added ? (
          <dialog
            ref={dialog}
            aria-labelledby="mini-cart-title"
            onClick={(event) => event.target === dialog.current && dialog.current?.close()}
            className="ms-auto me-0 mt-0 h-full max-h-none w-full max-w-sm bg-white p-0 shadow-2xl backdrop:bg-black/40"
          >
            <div className="flex h-full flex-col gap-4 p-5">
              <h2 id="mini-cart-title" className="text-xl font-bold text-ok">
                ✓ {text.added}
              </h2>
              <div className="flex gap-3">
                {added.image ? (
                  <Image src={added.image.src} alt="" width={80} height={80} sizes="80px" className="h-20 w-20 rounded-md object-cover" />
                ) : null}
                <div className="text-sm">
                  <p className="font-semibold">{added.name}</p>
                  {added.options ? <p className="text-muted">{added.options}</p> : null}
                  <p>
                    {text.quantity}: {format.number(added.quantity)}
                  </p>
                </div>
              </div>
              <dl className="flex justify-between border-t border-line pt-3 font-semibold">
                <dt>{text.subtotal}</dt>
                <dd>{added.subtotal}</dd>
              </dl>
              {added.freeShipping ? <p className="text-sm">{added.freeShipping}</p> : null}
              <Link href={text.checkoutHref} className="btn-primary w-full text-lg">
                {text.checkout}
              </Link>
              <Link href={text.cartHref} className="btn-secondary w-full">
                {text.viewCart}
              </Link>
              <button type="button" className="btn-secondary w-full" onClick={() => dialog.current?.close()}>
                {text.continueShopping}
              </button>
            </div>
          </dialog>
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
