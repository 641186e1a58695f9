import { Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

export interface ContactStaffProps {
  name: string;
  email: string;
  message: string;
}

/** Forwards a contact-form message to the support inbox. */
export function ContactStaff({ t, lang, dir, footer, name, email, message }: ContactStaffProps & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={t("contactStaffSubject", { name })} footer={footer}>
      <Text>{t("contactStaffBody", { email })}</Text>
      <Text style={{ whiteSpace: "pre-wrap" }}>{message}</Text>
    </MailLayout>
  );
}
