import { Button, Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

export interface CartHandoffProps {
  url: string;
  items: number;
  expires: string;
}

/** "Email me my cart": a single-use link that brings the cart to whichever device opens it. */
export function CartHandoffMail({ t, lang, dir, footer, url, items, expires }: CartHandoffProps & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={t("cartHandoffSubject")} footer={footer}>
      <Text>{t("cartHandoffBody", { count: items })}</Text>
      <Button href={url} style={{ background: "#1f4d3a", color: "#ffffff", padding: "12px 20px", borderRadius: 6, fontWeight: 600 }}>
        {t("cartHandoffButton")}
      </Button>
      <Text style={{ color: "#555" }}>{t("cartHandoffExpiry", { date: expires })}</Text>
    </MailLayout>
  );
}

export const cartHandoffSubject = (t: MailTranslator["t"]) => t("cartHandoffSubject");
