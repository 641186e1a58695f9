import "server-only";
import { databaseHandle } from "@/db";
import { announcementHub } from "@/lib/live/hub";

/** The channel conversations and messages are announced on (payload: the conversation id; "presence" when an agent's status changes), by triggers (migration 0022). */
export const chatChannel = "chat_changes";
export const presenceAnnouncement = "presence";

const holder = globalThis as unknown as { __chatHub?: ReturnType<typeof announcementHub> };

/** The process's one hub of chat announcements: subscribe by conversation id, "presence", or everyAnnouncement (the inbox). */
export async function chatHub() {
  const handle = await databaseHandle();
  holder.__chatHub ??= announcementHub(handle, chatChannel);
  return holder.__chatHub;
}
