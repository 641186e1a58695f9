import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import type { MailRenderer } from "@/lib/mail/send";
import { StaffInvite, staffInviteSubject } from "@/lib/mail/templates/staff-invite";
import { mailTranslator } from "@/lib/mail/translator";

const inviteParams = z.object({ invitedBy: z.email(), role: z.enum(["staff", "admin"]) });

/** The staff invitation (lib/admin/staff.ts), in the inviter's language, pointing at the sign-in page with the admin as its landing. */
export const renderStaffInvite: MailRenderer = async (_db, params, { locale }) => {
  const invite = inviteParams.safeParse(params);
  if (!invite.success) return { skip: "malformed" };
  const translator = await mailTranslator(locale);
  const url = new URL(`/${locale}/sign-in`, env.SITE_URL);
  url.searchParams.set("callbackUrl", `/${locale}/admin`);
  return {
    subject: staffInviteSubject(translator.t),
    body: StaffInvite({ ...translator, invitedBy: invite.data.invitedBy, role: translator.t("staffInviteRole", { role: invite.data.role }), url: url.toString() }),
  };
};
