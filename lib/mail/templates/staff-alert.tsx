import { Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

export interface StaffAlertProps {
  preview: string;
  /** Already in the staff's words (messages → alerts). */
  lines: string[];
}

/** E6: a high-value cart was abandoned; staff may want to reach out while it is fresh. */
export function StaffAlert({ lang, dir, footer, preview, lines }: StaffAlertProps & Omit<MailTranslator, "t">) {
  return (
    <MailLayout lang={lang} dir={dir} preview={preview} footer={footer}>
      {lines.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </MailLayout>
  );
}
