import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
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
