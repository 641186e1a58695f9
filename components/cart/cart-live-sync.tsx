"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Keeps this tab's cart figures live (D3): when another device or tab on the same cart changes
 * it, the server streams an event and the page re-renders from the server's figures.
 */
export function CartLiveSync() {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource("/api/cart/stream");
    source.addEventListener("cart", () => router.refresh());
    return () => source.close();
  }, [router]);
  return null;
}
