"use client";

import { useEffect } from "react";

/**
 * On-site reminder (D7): while the tab is hidden and the cart has items, the tab title says so
 * ("(2) Your cart is waiting"); the page's own title comes back when the shopper returns.
 */
export function CartTabTitle({ count, waitingTitle }: { count: number; waitingTitle: string }) {
  useEffect(() => {
    if (count === 0) return;
    let original = document.title;
    const onChange = () => {
      if (document.visibilityState === "hidden") {
        original = document.title;
        document.title = waitingTitle;
      } else if (document.title === waitingTitle) {
        document.title = original;
      }
    };
    document.addEventListener("visibilitychange", onChange);
    return () => document.removeEventListener("visibilitychange", onChange);
  }, [count, waitingTitle]);
  return null;
}
