import { Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

/**
 * Sent to whatever address the contact form was given, so it carries nothing the sender typed
 * (no name, no copy of the message): the form cannot be used to mail someone else a text or a link.
 */
export function ContactAck({ t, lang, dir, footer }: MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={t("contactAckSubject")} footer={footer}>
      <Text>{t("contactAckGreeting")}</Text>
      <Text>{t("contactAckBody")}</Text>
      <Text>{t("contactAckHours")}</Text>
    </MailLayout>
  );
}

export const contactAckSubject = (t: MailTranslator["t"]) => t("contactAckSubject");
