import { getTranslations } from "next-intl/server";
import type { CannedReply, InboxConversation } from "@/lib/chat/inbox";
import type { ChatMessageView } from "@/lib/chat/views";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { ConversationActions } from "./conversation-actions";
import { InboxTime } from "./inbox-time";
import { MessageLog } from "./message-log";
import { ReplyBox } from "./reply-box";

type Words = Awaited<ReturnType<typeof getTranslations<"admin.inbox">>>;

function Message({ message, t }: { message: ChatMessageView; t: Words }) {
  const fromShopper = message.author === "shopper";
  const author = message.author === "agent" && message.agentName ? t("agentNamed", { name: message.agentName }) : t(`authors.${message.author}`);
  return (
    <li className={`w-fit max-w-[85%] rounded-lg p-3 ${fromShopper ? "me-auto border border-line bg-canvas" : "ms-auto bg-brand-soft"}`}>
      <p className="text-xs text-muted">
        <span className="font-semibold text-ink">{author}</span> · <InboxTime iso={message.at} />
      </p>
      {/* Plain text, as typed: React escapes it, and line breaks are kept. */}
      {message.body ? (
        <p className="whitespace-pre-wrap wrap-anywhere" dir="auto">
          {message.body}
        </p>
      ) : null}
      {message.imageUrl ? (
        <a href={message.imageUrl} target="_blank" rel="noopener noreferrer" className="mt-2 block w-fit">
          {/* eslint-disable-next-line @next/next/no-img-element -- a shopper's upload, already small WebP; may be on the bucket's host */}
          <img src={message.imageUrl} alt={t("imageAlt")} loading="lazy" className="max-h-64 rounded-md border border-line" />
        </a>
      ) : null}
      {message.handOff ? <p className="mt-1 text-xs text-muted">{t("handOff")}</p> : null}
    </li>
  );
}

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
      <MessageLog label={t("messagesLabel")} count={conversation.messages.length}>
        {conversation.messages.length ? (
          <ol className="flex flex-col gap-2">
            {conversation.messages.map((message) => (
              <Message key={message.id} message={message} t={t} />
            ))}
          </ol>
        ) : (
          <p className="text-muted">{t("noMessages")}</p>
        )}
      </MessageLog>
      {closed ? (
        <p className="rounded-md bg-brand-soft p-3">{t("closedNote")}</p>
      ) : (
        <ReplyBox key={conversation.id} conversationId={conversation.id} canned={canned} cannedNote={t("cannedLanguage", { language })} />
      )}
    </section>
  );
}
