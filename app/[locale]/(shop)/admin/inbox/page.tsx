import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { ConversationList, InboxFilters } from "@/components/admin/inbox/conversation-list";
import { ConversationView } from "@/components/admin/inbox/conversation-view";
import { InboxLive } from "@/components/admin/inbox/inbox-live";
import { PresenceSwitch } from "@/components/admin/inbox/presence-switch";
import { ShopperContextPanel } from "@/components/admin/inbox/shopper-context";
import { currentStaff, staffPage } from "@/lib/admin/access";
import { firstValues } from "@/lib/admin/list-url";
import { inboxQuery, inboxUnreadTotal, loadInboxPage } from "@/lib/chat/inbox";
import type { Locale } from "@/lib/i18n/locales";

type Props = PageProps<"/[locale]/admin/inbox">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale };
  const t = await getTranslations({ locale, namespace: "admin.inbox" });
  // The unread count only for staff (the layout answers anyone else with a 404).
  const unread = (await currentStaff()) ? await inboxUnreadTotal() : 0;
  return { title: unread > 0 ? t("titleUnread", { count: unread }) : t("title"), robots: { index: false, follow: false } };
}

/**
 * Live help for staff (F3): the conversations with unread counts and filters, the open one (`?c=`)
 * with its messages, reply box and canned replies in the shopper's language, the shopper's
 * context, and the staff member's presence. Updated live from /api/admin/inbox/stream. Side by
 * side on wide screens, stacked on a phone.
 */
export default async function AdminInboxPage({ params, searchParams }: Props) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const member = await staffPage();
  const query = inboxQuery.parse(firstValues(await searchParams));
  const [t, messages, { list, conversation, canned, presence }] = await Promise.all([
    getTranslations("admin.inbox"),
    getMessages(),
    loadInboxPage({ query, member, locale }),
  ]);
  const openId = conversation?.id ?? null;
  const liveRows = list.rows.map((row) => ({ id: row.id, name: row.email ?? t("guest"), unread: row.unread }));

  return (
    <NextIntlClientProvider messages={{ admin: { inbox: messages.admin.inbox } }}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="max-w-2xl space-y-1">
            <h1 className="text-3xl font-bold">{t("title")}</h1>
            <p>{t("intro")}</p>
          </div>
          <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
            <PresenceSwitch status={presence.mine} online={presence.online} />
            <InboxLive openId={openId} openUnread={conversation?.unread ?? 0} unreadTotal={list.unreadTotal} rows={liveRows} />
          </div>
        </div>
        <InboxFilters list={list} current={query.status} locale={locale} />
        <div className="grid grid-cols-1 gap-4 md:grid-cols-[minmax(0,18rem)_minmax(0,1fr)] xl:grid-cols-[minmax(0,20rem)_minmax(0,1fr)_minmax(0,20rem)]">
          {/* On a phone with a conversation open, the list keeps to part of the screen (it scrolls on its own). */}
          <section
            id="inbox-list"
            aria-labelledby="inbox-list-title"
            className={`space-y-2 md:row-span-2 md:max-h-[80vh] md:overflow-y-auto xl:row-span-1 ${openId ? "max-h-[45vh] overflow-y-auto" : ""}`}
          >
            <h2 id="inbox-list-title" className="sr-only">
              {t("listLabel")}
            </h2>
            <ConversationList list={list} filter={query.status} openId={openId} locale={locale} me={member.email} />
          </section>
          {conversation ? (
            <>
              <ConversationView conversation={conversation} canned={canned} locale={locale} me={member.email} />
              <ShopperContextPanel conversation={conversation} locale={locale} />
            </>
          ) : (
            <p className="rounded-lg border border-line bg-white p-4">{query.c ? t("notFound") : t("choose")}</p>
          )}
        </div>
      </div>
    </NextIntlClientProvider>
  );
}
