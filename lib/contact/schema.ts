import { z } from "zod";
import { withoutControlCharacters } from "@/lib/security/storable-text";

/** Control characters dropped as live help drops them (PostgreSQL refuses a NUL in the mail it keeps). */
const withoutControls = (text: unknown) => (typeof text === "string" ? withoutControlCharacters(text) : text);

/** A shopper's message from the contact page. Error messages are message keys under `contactForm`. */
export const contactMessageSchema = z.object({
  name: z.preprocess(withoutControls, z.string().trim().min(1, "errorName").max(100, "errorName")),
  email: z.string().trim().max(254, "errorEmail").pipe(z.email("errorEmail")),
  message: z.preprocess(withoutControls, z.string().trim().min(10, "errorMessage").max(4000, "errorMessage")),
});

export type ContactMessage = z.infer<typeof contactMessageSchema>;
export type ContactField = keyof ContactMessage;
export type ContactErrorKey = "errorName" | "errorEmail" | "errorMessage";

export type ContactFormState =
  | { status: "idle"; values: Record<ContactField, string> }
  | { status: "invalid"; values: Record<ContactField, string>; errors: Partial<Record<ContactField, ContactErrorKey>> }
  | { status: "failed"; values: Record<ContactField, string> }
  | { status: "limited"; values: Record<ContactField, string>; minutes: number }
  | { status: "sent"; name: string; email: string };

export const emptyContactValues: Record<ContactField, string> = { name: "", email: "", message: "" };

/** Validates raw form values; returns per-field error keys (first problem per field). */
export function validateContactMessage(values: Record<ContactField, string>) {
  const parsed = contactMessageSchema.safeParse(values);
  if (parsed.success) return { ok: true as const, message: parsed.data };
  const errors: Partial<Record<ContactField, ContactErrorKey>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ContactField;
    errors[field] ??= issue.message as ContactErrorKey;
  }
  return { ok: false as const, errors };
}
