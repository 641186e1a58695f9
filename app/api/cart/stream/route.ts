// Called by the storefront's EventSource: streams "cart changed" events for the visitor's cart (SSE).
import { databaseHandle } from "@/db";
import { cartChangeHub } from "@/lib/cart/live";
import { activeCartId } from "@/lib/cart/queries";
import { currentCart } from "@/lib/cart/visitor";

export const dynamic = "force-dynamic";

const holder = globalThis as unknown as { __cartHub?: ReturnType<typeof cartChangeHub> };

export async function GET(request: Request) {
  const cart = await currentCart();
  if (!cart) return new Response(null, { status: 204 });
  const handle = await databaseHandle();
  const cartId = await activeCartId(handle.db, cart);
  if (!cartId) return new Response(null, { status: 204 });
  holder.__cartHub ??= cartChangeHub(handle);
  const hub = holder.__cartHub;

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = await hub.subscribe(cartId, () => send(`event: cart\ndata: ${Date.now()}\n\n`));
      // A comment every 25 s keeps proxies from closing an idle stream.
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 25_000);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      send("retry: 3000\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
