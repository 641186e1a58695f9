import { getTranslations } from "next-intl/server";
import type { CannedReply, InboxConversation } from "@/lib/chat/inbox";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { ConversationActions } from "./conversation-actions";
import { LiveMessages } from "./live-messages";
import { ReplyBox } from "./reply-box";

/** One conversation for staff: who and where, Assign/Close/Reopen, the messages, and the reply box (closed: a note instead). */
export async function ConversationView({ conversation, canned, locale, me }: { conversation: InboxConversation; canned: CannedReply[]; locale: Locale; me: string }) {
  const [t, tLanguage] = await Promise.all([getTranslations({ locale, namespace: "admin.inbox" }), getTranslations({ locale, namespace: "language" })]);
  const name = conversation.email ?? t("guest");
  const language = isLocale(conversation.locale) ? tLanguage(conversation.locale) : conversation.locale;
  const closed = conversation.status === "closed";
  return (
    <section aria-labelledby="inbox-conversation-title" className="space-y-3">
      <a href="#inbox-list" className="inline-flex min-h-11 items-center text-brand underline md:hidden">
        {t("back")}
      </a>
      <div className="space-y-1">
        <h2 id="inbox-conversation-title" className="text-xl font-bold wrap-anywhere">
          {/* Isolated, so an email keeps its order inside a right-to-left heading. */}
          {t("conversationHeading", { name: `\u2068${name}\u2069` })}
        </h2>
        <p className="flex flex-wrap gap-x-2 text-sm text-muted">
          <span>{t(`statuses.${conversation.status}`)}</span>
          <span aria-hidden="true">·</span>
          <span>{language}</span>
          <span aria-hidden="true">·</span>
          <span>{conversation.assignedTo ? (conversation.assignedTo === me ? t("assignedToYou") : t("assignedTo", { email: conversation.assignedTo })) : t("unassigned")}</span>
        </p>
      </div>
      <ConversationActions key={conversation.id} conversationId={conversation.id} status={conversation.status} assignedToMe={conversation.assignedTo === me} />
      <LiveMessages key={conversation.id} conversationId={conversation.id} messages={conversation.messages} />
      {closed ? (
        <p className="rounded-md bg-brand-soft p-3">{t("closedNote")}</p>
      ) : (
        <ReplyBox key={conversation.id} conversationId={conversation.id} canned={canned} cannedNote={t("cannedLanguage", { language })} />
      )}
    </section>
  );
}
