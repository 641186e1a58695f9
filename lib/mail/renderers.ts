import "server-only";
import { renderStaffInvite } from "@/lib/admin/staff-invite-mail";
import { renderChatReply } from "@/lib/chat/reply-mail";
import { renderReceipt } from "@/lib/checkout/receipt";
import { renderShipped } from "@/lib/checkout/shipped-mail";
import { renderStaffAlert } from "@/lib/recovery/alerts";
import { renderReminder } from "@/lib/recovery/reminder-mail";
import type { MailRenderer } from "./send";

/** Every mail that is queued for the delivery worker, by template: it is rendered when it goes out. */
export const mailRenderers: Record<string, MailRenderer> = {
  "order-receipt": renderReceipt,
  "order-shipped": renderShipped,
  "cart-reminder": renderReminder,
  "staff-alert": renderStaffAlert,
  "staff-invite": renderStaffInvite,
  "chat-reply": renderChatReply,
};
