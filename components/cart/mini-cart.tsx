"use client";

import Image from "next/image";
import { useFormatter } from "next-intl";
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { AddedSummary } from "@/lib/cart/actions";
import type { AddToCartText } from "./add-to-cart";

/**
 * The mini-cart after an add (D1): a modal dialog — focus stays inside and Esc closes it — with the
 * line, the subtotal, the free-shipping status and a dominant way on to the cart. Opens again on
 * each add (`openedAt`).
 */
export default function MiniCart({ added, openedAt, text }: { added: AddedSummary; openedAt: number; text: AddToCartText }) {
  const format = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [openedAt]);
  return (
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
  );
}
