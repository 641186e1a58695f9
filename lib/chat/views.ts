/**
 * What the widget and the inbox receive about a conversation: plain JSON, the same from a server
 * action and from the stream (`event: message`, `id:` the message id).
 */
export interface ChatMessageView {
  id: number;
  author: "shopper" | "agent" | "bot" | "system";
  /** The staff member's name, for an agent's message. */
  agentName: string | null;
  /** Plain text: always rendered as text, never as HTML. */
  body: string;
  /** The attached image's URL (/media/<hash>.webp or the bucket's). */
  imageUrl: string | null;
  at: string;
  /** A bot answer that offers "Talk to a person" (it was unsure, or the shopper may want one). */
  handOff: boolean;
}

export type ConversationStatusView = "none" | "bot" | "waiting" | "open" | "closed";

/** The widget's state when it opens, and what the stream's `event: status` carries. */
export interface ChatStatusView {
  conversationId: string | null;
  status: ConversationStatusView;
  /** Whether a person is online now (some agent online and heard from within two minutes). */
  agentsOnline: boolean;
  /** The email a person's answer goes to when nobody is online, if the shopper left one. */
  email: string | null;
}

export interface ChatOpenView extends ChatStatusView {
  messages: ChatMessageView[];
}

/** What the shopper's actions answer: the new messages (theirs and any bot answer), or why not. */
export type ChatSendResult =
  | { ok: true; status: ChatStatusView; messages: ChatMessageView[] }
  | { ok: false; problem: "empty" | "too_long" | "email" | "limited" | "unavailable"; retryAfterSeconds?: number };

/** The image upload's answer (POST /api/chat/images). */
export type ChatImageResult = { ok: true; status: ChatStatusView; messages: ChatMessageView[] } | { ok: false; problem: "empty" | "too_large" | "type" | "unreadable" | "limited" | "unavailable"; retryAfterSeconds?: number };

/** Moments the widget offers help by itself, once per visit (F4). */
export const proactiveMoments = ["declined_card", "section_errors", "payment_idle", "shipping_revisit"] as const;
export type ProactiveMoment = (typeof proactiveMoments)[number];
