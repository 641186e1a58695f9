import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { notFound } from "next/navigation";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  // Paths the proxy skips (/api/…, /_next/…, /catalog/…, names with a dot) still match
  // app/[locale]: "api" is no language, so such a page stops at its first translation as a 404,
  // which the layout's own check cannot do for a page rendered beside it.
  if (requested !== undefined && !hasLocale(routing.locales, requested)) notFound();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages(locale),
    // Store-wide formats so every price, number and date goes through Intl in the shopper's locale.
    formats: {
      dateTime: {
        short: { day: "numeric", month: "short", year: "numeric" },
        weekdayDate: { weekday: "short", day: "numeric", month: "short" },
      },
    },
  };
});
