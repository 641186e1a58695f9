import "server-only";
import { getDb } from "@/db";
import { findConversation, messagesAfter, ownConversation } from "./conversations";
import { chatHub, presenceAnnouncement } from "./live";
import { agentsOnline } from "./presence";
import { messageView, statusView } from "./present";
import { currentChatOwner } from "./shopper";
import { eventStream } from "@/lib/live/event-stream";

/** Where to resume: `Last-Event-ID` (the browser's own reconnect) or `?after=`; anything else starts from the beginning. */
function resumeAfter(request: Request): number {
  const value = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "0";
  return /^\d{1,15}$/.test(value) ? Number(value) : 0;
}

/** The widget's EventSource: the shopper's conversation live (SSE), resumed after the last message id it holds. */
export async function chatStreamResponse(request: Request): Promise<Response> {
  const db = await getDb();
  const owner = await currentChatOwner(db);
  // No conversation yet: nothing to follow (the widget opens the stream once its first message began one).
  let conversation = owner ? await findConversation(db, owner) : null;
  if (!owner || !conversation) return new Response(null, { status: 204 });
  const hub = await chatHub();
  let lastId = resumeAfter(request);

  return eventStream(request, async (sink) => {
    // One read at a time: announcements arriving together make one read of what is new.
    let reading: Promise<void> = Promise.resolve();
    const sendNew = () => {
      reading = reading
        .then(async () => {
          if (sink.ended || !conversation) return;
          conversation = await ownConversation(db, owner, conversation.id);
          if (!conversation) return sink.end();
          for (let page = await messagesAfter(db, conversation.id, lastId); page.length; page = await messagesAfter(db, conversation.id, lastId)) {
            for (const message of page) {
              sink.send({ event: "message", data: JSON.stringify(messageView(message)), id: message.id });
              lastId = message.id;
            }
          }
          sink.send({ event: "status", data: JSON.stringify(statusView(conversation, await agentsOnline(db))) });
        })
        .catch(() => sink.end());
    };
    const stops = [await hub.subscribe(conversation!.id, sendNew), await hub.subscribe(presenceAnnouncement, sendNew)];
    // What was written while the browser was away (a dropped connection resumes here).
    sendNew();
    return () => stops.forEach((stop) => stop());
  }, { owner: `chat:${owner.visitorId}` });
}
