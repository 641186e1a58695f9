// The widget's image upload (F1): checked from its bytes, re-encoded without metadata, stored, and sent as the shopper's message.
import { chatImageUpload } from "@/lib/chat/image-upload";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return chatImageUpload(request);
}
