import { getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/lib/admin/order-detail";
import { localeTags, type Locale } from "@/lib/i18n/locales";
import { formatMoney, money } from "@/lib/money";

/** Everything that happened to the order, oldest first: placed, paid, mails, shipments, refunds, notes, and the reminders that brought it. */
export async function OrderTimeline({ entries, currency, locale }: { entries: TimelineEntry[]; currency: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.orders" });
  const tag = localeTags[locale];
  const time = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" });
  const text = (entry: TimelineEntry) => {
    const detail = entry.detail as Record<string, string | number | boolean | undefined>;
    const words = (value: unknown) => (value === undefined || value === null ? "" : String(value));
    switch (entry.kind) {
      case "refunded":
        return t("events.refunded", { actor: entry.actor, amount: formatMoney(money(Number(detail.amount ?? 0), currency), tag) });
      case "fulfilled":
        return t("events.fulfilled", { actor: entry.actor, carrier: words(detail.carrier), tracking: words(detail.trackingNumber) });
      case "cancelled":
        return t("events.cancelled", { actor: entry.actor, reason: words(detail.reason) });
      case "note":
        return t("events.note", { actor: entry.actor, text: words(detail.text) });
      case "email":
        return t("events.email", { template: words(detail.template), to: words(detail.to) });
      case "reminder":
        return t("events.reminder", { step: Number(detail.step ?? 0), channel: words(detail.channel) });
      case "payment":
        return t("events.payment", { status: words(detail.status) });
      default:
        return t(`events.${entry.kind}`, { actor: entry.actor });
    }
  };
  return (
    <section aria-labelledby="timeline-title" className="space-y-2">
      <h2 id="timeline-title" className="text-xl font-bold">
        {t("timeline")}
      </h2>
      <ol className="space-y-2 border-s-2 border-line ps-4">
        {entries.map((entry, index) => (
          <li key={`${entry.kind}-${index}`}>
            <time dateTime={entry.at.toISOString()} className="block text-sm text-muted">
              {time.format(entry.at)}
            </time>
            <span className="wrap-anywhere">{text(entry)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
