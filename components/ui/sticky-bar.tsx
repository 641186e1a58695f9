"use client";

import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";

/** Below Tailwind's `lg`: phones and small tablets, where a page's own button is often out of view. */
const phoneQuery = "(width < 64rem)";

/** Fields that bring up the on-screen keyboard, which would lift a fixed bar over them. */
const typingField = "input:not([type=checkbox],[type=radio],[type=submit],[type=button],[type=hidden]), select, textarea, [contenteditable]";
const isTypingField = (target: EventTarget | null) => target instanceof Element && target.matches(typingField);

function usePhoneLayout(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = matchMedia(phoneQuery);
      query.addEventListener("change", changed);
      return () => query.removeEventListener("change", changed);
    },
    () => matchMedia(phoneQuery).matches,
    () => false,
  );
}

/**
 * A bar fixed to the foot of a phone's screen while the page's own control — the element with id
 * `watchId` — is out of view, e.g. the cart's total with Checkout, or Add to cart. It steps aside
 * while the shopper types in a field, so it never covers one; globals.css keeps the page's end and
 * focused elements clear of it while it shows. Not rendered at all otherwise (or on larger screens),
 * so the page never holds two copies of its button for anyone but a phone user who needs it.
 */
export function StickyBar({ watchId, label, children }: { watchId: string; label: string; children: ReactNode }) {
  const phone = usePhoneLayout();
  const [watchedInView, setWatchedInView] = useState(true);
  const [typing, setTyping] = useState(false);

  useEffect(() => {
    const watched = document.getElementById(watchId);
    if (!phone || !watched) return;
    const observer = new IntersectionObserver(([entry]) => setWatchedInView(entry!.isIntersecting));
    observer.observe(watched);
    return () => observer.disconnect();
  }, [watchId, phone]);

  useEffect(() => {
    const focusIn = (event: FocusEvent) => setTyping(isTypingField(event.target));
    const focusOut = (event: FocusEvent) => setTyping(isTypingField(event.relatedTarget));
    document.addEventListener("focusin", focusIn);
    document.addEventListener("focusout", focusOut);
    return () => {
      document.removeEventListener("focusin", focusIn);
      document.removeEventListener("focusout", focusOut);
    };
  }, []);

  if (!phone || watchedInView || typing) return null;
  return (
    <section
      aria-label={label}
      data-sticky-bar=""
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-white px-4 py-3 shadow-[0_-4px_16px_rgb(0_0_0/0.08)]"
    >
      <div className="mx-auto flex max-w-7xl items-center gap-3">{children}</div>
    </section>
  );
}
