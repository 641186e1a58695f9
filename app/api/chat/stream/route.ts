// The widget's EventSource: the shopper's conversation live (SSE), resumed after the last message id it holds.
import { chatStreamResponse } from "@/lib/chat/stream";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return chatStreamResponse(request);
}
