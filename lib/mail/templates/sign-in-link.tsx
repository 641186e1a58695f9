import { Button, Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

/** The magic link: one button, how long it works, and what to do if it was not you. */
export function SignInLinkMail({ t, lang, dir, footer, url, minutes }: { url: string; minutes: string } & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={t("signInSubject")} footer={footer}>
      <Text>{t("signInBody")}</Text>
      <Button href={url} style={{ background: "#1f4d3a", color: "#ffffff", padding: "12px 20px", borderRadius: 6, fontWeight: 600 }}>
        {t("signInButton")}
      </Button>
      <Text style={{ color: "#555" }}>{t("signInExpiry", { minutes })}</Text>
    </MailLayout>
  );
}

export const signInLinkSubject = (t: MailTranslator["t"]) => t("signInSubject");
