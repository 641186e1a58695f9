import { Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

export interface ContactAckProps {
  name: string;
  message: string;
}

/** Sent to a shopper who used the contact form: confirms receipt and repeats their message. */
export function ContactAck({ t, lang, dir, footer, name, message }: ContactAckProps & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={t("contactAckSubject")} footer={footer}>
      <Text>{t("contactAckGreeting", { name })}</Text>
      <Text>{t("contactAckBody", { storeName: "Juniper Lane" })}</Text>
      <Text style={{ whiteSpace: "pre-wrap", borderInlineStart: "3px solid #1f4d3a", paddingInlineStart: 12, color: "#333" }}>
        {message}
      </Text>
    </MailLayout>
  );
}

export const contactAckSubject = (t: MailTranslator["t"]) => t("contactAckSubject");
