"use client";

import { useEffect } from "react";
import type { ShopperRequest } from "@/lib/shopper/state";
import { useShopperActions } from "./shopper-provider";

/**
 * Reports a cached page's view (and, on a product page, the variant whose delivery box it shows)
 * when it is really seen: prefetches render nothing here, so they count as no view.
 */
export function PageView({ view, product }: Pick<ShopperRequest, "view" | "product">) {
  const { show, leave } = useShopperActions();
  const key = JSON.stringify({ view, product });
  useEffect(() => {
    show(JSON.parse(key) as Pick<ShopperRequest, "view" | "product">);
    return leave;
  }, [key, show, leave]);
  return null;
}
