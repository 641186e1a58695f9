import { Button, Text } from "@react-email/components";
import type { MailTranslator } from "../translator";
import { MailLayout } from "./layout";

/** An invitation to work in the store's admin: who invited, as what, and where to sign in (a one-time link comes by mail). */
export function StaffInvite({ t, lang, dir, footer, invitedBy, role, url }: { invitedBy: string; role: string; url: string } & MailTranslator) {
  return (
    <MailLayout lang={lang} dir={dir} preview={staffInviteSubject(t)} footer={footer}>
      <Text>{t("staffInviteBody", { invitedBy, role })}</Text>
      <Button href={url} style={{ background: "#1f4d3a", color: "#ffffff", padding: "12px 20px", borderRadius: 6, fontWeight: 600 }}>
        {t("staffInviteButton")}
      </Button>
      <Text style={{ color: "#555" }}>{t("staffInviteNote")}</Text>
    </MailLayout>
  );
}

export const staffInviteSubject = (t: MailTranslator["t"]) => t("staffInviteSubject");
