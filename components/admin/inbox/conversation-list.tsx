import { getTranslations } from "next-intl/server";
import { inboxFilters, type InboxFilter, type InboxList } from "@/lib/chat/inbox";
import { Link } from "@/lib/i18n/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { InboxTime } from "./inbox-time";

/** The inbox's URL for a filter and an open conversation (the default filter is left out). */
export const inboxHref = (filter: InboxFilter, conversationId?: string | null) => ({
  pathname: "/admin/inbox" as const,
  query: { ...(filter !== "active" ? { status: filter } : {}), ...(conversationId ? { c: conversationId } : {}) },
});

/** The filters as links (the URL holds the view), each with its count. */
export async function InboxFilters({ list, current, locale }: { list: InboxList; current: InboxFilter; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "admin.inbox" });
  return (
    <nav aria-label={t("filtersLabel")}>
      <ul className="flex flex-wrap gap-2">
        {inboxFilters.map((filter) => (
          <li key={filter}>
            <Link
              href={inboxHref(filter)}
              aria-current={filter === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-4 text-sm font-medium ${filter === current ? "border-brand bg-brand text-white" : "border-line bg-white text-ink hover:border-brand"}`}
            >
              {t("filterCount", { label: t(`filters.${filter}`), count: list.counts[filter] })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The conversations, newest message first: each a link named by the shopper (their email, or
 * "Guest") and how many of their messages nobody has read, with the last message's start, the
 * status and the language under it.
 */
export async function ConversationList({ list, filter, openId, locale, me }: { list: InboxList; filter: InboxFilter; openId: string | null; locale: Locale; me: string }) {
  const [t, tLanguage] = await Promise.all([getTranslations({ locale, namespace: "admin.inbox" }), getTranslations({ locale, namespace: "language" })]);
  if (!list.rows.length) return <p className="rounded-lg border border-line bg-white p-4">{t("empty")}</p>;
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white">
      {list.rows.map((row) => {
        const open = row.id === openId;
        const last = row.last && (row.last.image && !row.last.body.trim() ? t("image") : row.last.body);
        return (
          <li key={row.id} className={`relative p-3 ${open ? "bg-brand-soft" : row.unread ? "bg-white" : "bg-canvas"}`}>
            <Link
              href={inboxHref(filter, row.id)}
              aria-current={open ? "true" : undefined}
              className="flex min-h-11 flex-wrap items-center justify-between gap-x-2 font-semibold text-ink after:absolute after:inset-0 hover:underline"
            >
              <span className="min-w-0 wrap-anywhere" dir={row.email ? "ltr" : undefined}>
                {row.email ?? t("guest")}
              </span>
              {row.unread ? <span className="rounded-full bg-brand px-2 py-0.5 text-xs font-bold text-white">{t("unread", { count: row.unread })}</span> : null}
            </Link>
            {row.last && last ? (
              <p className="line-clamp-2 text-sm wrap-anywhere" dir="auto">
                {t("snippet", { author: t(`authors.${row.last.author}`), text: last })}
              </p>
            ) : null}
            <p className="mt-1 flex flex-wrap gap-x-2 text-xs text-muted">
              <span>{t(`statuses.${row.status}`)}</span>
              <span aria-hidden="true">·</span>
              <span>{isLocale(row.locale) ? tLanguage(row.locale) : row.locale}</span>
              {row.assignedTo ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>{row.assignedTo === me ? t("assignedToYou") : t("assignedTo", { email: row.assignedTo })}</span>
                </>
              ) : null}
              <span aria-hidden="true">·</span>
              <InboxTime iso={row.lastMessageAt.toISOString()} withDate />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
