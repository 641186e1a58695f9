import "server-only";
import { getDb } from "@/db";
import { previewHandoff, type HandoffPreview, type HandoffRefusal } from "./handoff";
import { currentVisitorId } from "./visitor";

/** What a hand-off link would bring to this browser; a browser without a visitor id cannot claim one. */
export async function loadHandoffPreview({ token }: { token: string }): Promise<{ ok: true; preview: HandoffPreview } | { ok: false; reason: HandoffRefusal }> {
  const visitorId = await currentVisitorId();
  return visitorId ? previewHandoff(await getDb(), { token: token.slice(0, 64), visitorId }) : { ok: false, reason: "invalid" };
}
