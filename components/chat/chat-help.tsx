import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { maxMessageLength } from "@/lib/chat/input";
import type { ProactiveMoment } from "@/lib/chat/views";
import type { Locale } from "@/lib/i18n/locales";
import { store } from "@/lib/store/config";
import { supportHours } from "@/lib/store/hours";
import { ChatLauncher } from "./chat-launcher";

/**
 * Live help on a page (F1): the chat button with the widget's words (chat.json, only these, for
 * the browser) and the store's hours and typical reply time. The same for every shopper of a
 * locale: nothing here is the shopper's own, so cached catalog shells carry it too.
 */
export async function ChatHelp({ locale, moments }: { locale: Locale; moments?: readonly ProactiveMoment[] }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ chat: messages.chat }}>
      <ChatLauncher
        storeName={store.name}
        hours={supportHours(locale)}
        typicalReplyMinutes={store.liveHelp.typicalReplyMinutes}
        maxLength={maxMessageLength}
        moments={moments ?? store.liveHelp.proactiveMoments}
      />
    </NextIntlClientProvider>
  );
}
