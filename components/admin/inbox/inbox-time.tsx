"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
import { isLocale, localeTags } from "@/lib/i18n/locales";

const subscribe = () => () => {};

/** A message's moment in the staff member's own time zone (the server's HTML says it in UTC until the browser takes over). */
export function InboxTime({ iso, withDate = false }: { iso: string; withDate?: boolean }) {
  const locale = useLocale();
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const format = new Intl.DateTimeFormat(localeTags[isLocale(locale) ? locale : "en"], {
    ...(withDate ? { dateStyle: "medium" } : {}),
    timeStyle: "short",
    ...(inBrowser ? {} : { timeZone: "UTC" }),
  });
  return <time dateTime={iso}>{format.format(new Date(iso))}</time>;
}
