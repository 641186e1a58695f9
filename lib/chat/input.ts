import { z } from "zod";
import { isStorableText, withoutControlCharacters } from "@/lib/security/storable-text";

/** The longest message a shopper or agent may send (about a page of text). */
export const maxMessageLength = 2000;

/** A message as typed: trimmed, control characters dropped, 1 to 2,000 characters. Shown as text, never as HTML. */
export const messageText = z
  .string({ error: "empty" })
  .transform((text) => withoutControlCharacters(text).trim())
  .pipe(z.string().min(1, { error: "empty" }).max(maxMessageLength, { error: "too_long" }));

/** The page a shopper writes from, as a path of this store; anything else (a NUL included, which no column keeps) is no page. */
export function chatPage() {
  return z.string().max(300).regex(/^\/[^\s]*$/).refine(isStorableText).nullish().catch(null);
}

/** The shopper's message from the widget. */
export const shopperMessageInput = z.object({
  text: messageText,
  /** The browser's id for this message: sent again after a dropped connection, it is not a second message. */
  clientId: z.uuid({ error: "client_id" }),
  /** The page the shopper writes from, as a path of this store. */
  page: chatPage(),
});

export type MessageProblem = "empty" | "too_long" | "client_id";

/** The first problem zod found, as one of the widget's known problems. */
export function messageProblem(error: z.ZodError): MessageProblem {
  const message = error.issues[0]?.message;
  return message === "too_long" || message === "client_id" ? message : "empty";
}

/** An email to answer by when nobody is online. */
export const answerEmail = z.email({ error: "email" }).max(254, { error: "email" });
