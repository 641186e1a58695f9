import type { ChatMessageView } from "@/lib/chat/views";

/**
 * The messages held plus those just received, once each and in order: a message can arrive both
 * in an action's answer and on the stream, and a resumed stream may repeat the last one.
 */
export function mergeMessages(held: ChatMessageView[], incoming: ChatMessageView[]): ChatMessageView[] {
  if (incoming.length === 0) return held;
  const byId = new Map(held.map((message) => [message.id, message]));
  let changed = false;
  for (const message of incoming) {
    if (byId.has(message.id)) continue;
    byId.set(message.id, message);
    changed = true;
  }
  return changed ? [...byId.values()].sort((a, b) => a.id - b.id) : held;
}

export const lastMessageId = (messages: ChatMessageView[]) => messages.at(-1)?.id ?? 0;
