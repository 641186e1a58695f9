import "server-only";
import { renderReceipt } from "@/lib/checkout/receipt";
import { renderStaffAlert } from "@/lib/recovery/alerts";
import { renderReminder } from "@/lib/recovery/reminder-mail";
import type { MailRenderer } from "./send";

/** Every mail that is queued for the delivery worker, by template: it is rendered when it goes out. */
export const mailRenderers: Record<string, MailRenderer> = {
  "order-receipt": renderReceipt,
  "cart-reminder": renderReminder,
  "staff-alert": renderStaffAlert,
};
