import type { ChatMessage, Conversation } from "./conversations";
import type { ChatMessageView, ChatStatusView } from "./views";

/** A stored message as the widget and inbox receive it. */
export function messageView(message: ChatMessage): ChatMessageView {
  return {
    id: message.id,
    author: message.author,
    agentName: message.agentName,
    body: message.body,
    imageUrl: message.image,
    at: message.at.toISOString(),
    handOff: message.meta?.handOff === true,
  };
}

export function statusView(conversation: Conversation | null, agentsOnline: number): ChatStatusView {
  return {
    conversationId: conversation?.id ?? null,
    status: conversation?.status ?? "none",
    agentsOnline: agentsOnline > 0,
    email: conversation?.email ?? null,
  };
}
