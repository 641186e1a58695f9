"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
import { isLocale, localeTags } from "@/lib/i18n/locales";

const subscribe = () => () => {};

/**
 * A moment shown to a shopper (a link's expiry): a clock time in the browser's own time zone,
 * with the zone named ("8:17 AM PST"). The server does not know that zone, so its HTML names UTC
 * and the browser replaces it. `template` holds the `{placeholder}` the time goes in.
 */
export function LocalTime({ iso, template, placeholder }: { iso: string; template: string; placeholder: string }) {
  const locale = useLocale();
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const time = new Intl.DateTimeFormat(localeTags[isLocale(locale) ? locale : "en"], {
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    ...(inBrowser ? {} : { timeZone: "UTC" }),
  }).format(new Date(iso));
  const [before, after = ""] = template.split(`{${placeholder}}`);
  return (
    <span>
      {before}
      <time dateTime={iso}>{time}</time>
      {after}
    </span>
  );
}
