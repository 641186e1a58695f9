import { Button, Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

/** A person's answer in live help, mailed to the address the shopper left when nobody was online (F1). */
export function ChatReply({ t, lang, dir, footer, agent, reply, url }: { agent: string; reply: string; url: string } & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={chatReplySubject(t)} footer={footer}>
      <Text>{t("chatReplyIntro", { agent })}</Text>
      <Text style={{ whiteSpace: "pre-wrap", borderInlineStart: "3px solid #1f4d3a", paddingInlineStart: 12 }}>{reply}</Text>
      <Button href={url} style={{ background: "#1f4d3a", color: "#ffffff", padding: "12px 20px", borderRadius: 6, fontWeight: 600 }}>
        {t("chatReplyButton")}
      </Button>
      <Text style={{ color: "#555" }}>{t("chatReplyNote")}</Text>
    </MailLayout>
  );
}

export const chatReplySubject = (t: MailTranslator["t"]) => t("chatReplySubject");
