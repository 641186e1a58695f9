"use client";

import type { ShopperState } from "@/lib/shopper/state";
import { useShopper } from "./shopper-provider";

/** One of the shopper's own words on a cached page (the cart count, "Deliver to …"): the shell's until the server says. */
export function LiveText({ field, initial }: { field: keyof ShopperState["text"]; initial: string }) {
  return <>{useShopper()?.text[field] ?? initial}</>;
}
