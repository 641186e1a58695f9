import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

/** Where "Continue shopping" leads: the page the shopper came from on this store, else the home page (A8). */
export async function continueShoppingHref(locale: Locale): Promise<string> {
  const referer = (await headers()).get("referer");
  try {
    const url = referer ? new URL(referer) : null;
    const own = url && url.host === new URL(env.SITE_URL).host && url.pathname.startsWith(`/${locale}`) && !url.pathname.endsWith("/cart");
    return own ? url.pathname + url.search : `/${locale}`;
  } catch {
    return `/${locale}`;
  }
}
