// Called by the admin inbox's EventSource: every chat announcement, for staff only (SSE).
import { currentStaff } from "@/lib/admin/access";
import { chatHub, presenceAnnouncement } from "@/lib/chat/live";
import { eventStream } from "@/lib/live/event-stream";
import { everyAnnouncement } from "@/lib/live/hub";

export const dynamic = "force-dynamic";

/** `event: change` with the conversation's id on every new message or conversation change; `event: presence` when an agent's status changes. */
export async function GET(request: Request) {
  // As the admin's pages: a plain 404 for anyone but staff.
  const staff = await currentStaff();
  if (!staff) return new Response(null, { status: 404 });
  const hub = await chatHub();
  return eventStream(
    request,
    async (sink) =>
      hub.subscribe(everyAnnouncement, (payload) => {
        if (payload === presenceAnnouncement) sink.send({ event: "presence", data: payload });
        else sink.send({ event: "change", data: payload });
      }),
    { owner: `staff:${staff.id}` },
  );
}
