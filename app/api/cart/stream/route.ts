// Called by the storefront's EventSource: streams "cart changed" events for the visitor's cart (SSE).
import { cartOwnerKey } from "@/lib/cart/live";
import { liveCart } from "@/lib/cart/live-cart";
import { currentCart } from "@/lib/cart/visitor";

export const dynamic = "force-dynamic";

const holder = globalThis as unknown as { __cartStreams?: Set<() => void> };

/**
 * The open streams, ended when the server is asked to stop: `next start` closes its server on
 * SIGTERM and waits for every open request, and a stream never ends on its own. Only added where
 * Next handles the signal, so this listener never stands in for the default of exiting.
 */
function openStreams(): Set<() => void> {
  if (holder.__cartStreams) return holder.__cartStreams;
  const streams = new Set<() => void>();
  holder.__cartStreams = streams;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (process.listenerCount(signal) > 0) process.once(signal, () => streams.forEach((end) => end()));
  }
  return streams;
}

export async function GET(request: Request) {
  const cart = await currentCart();
  if (!cart) return new Response(null, { status: 204 });
  const { hub, activeCartOf } = await liveCart();
  const streams = openStreams();

  const encoder = new TextEncoder();
  let send: (text: string) => void = () => {};
  let end = () => {};
  let ended = false;
  const announce = () => send(`event: cart\ndata: ${Date.now()}\n\n`);

  // Listens to the cart this browser works on now; again whenever a new cart is created for it
  // (the first item, maybe added in another tab, or the next cart after an order).
  let stopCart = () => {};
  const followCart = async () => {
    const cartId = await activeCartOf(cart);
    stopCart();
    const stop = cartId ? await hub.subscribe(cartId, announce) : () => {};
    if (ended) stop();
    else stopCart = stop;
  };
  await followCart();
  const stopOwner = await hub.subscribe(cartOwnerKey(cart), () => {
    announce();
    followCart().catch(() => end());
  });

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // A comment every 25 s keeps proxies from closing an idle stream.
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 25_000);
      end = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        stopCart();
        stopOwner();
        streams.delete(end);
        try {
          controller.close();
        } catch {
          // already closed or cancelled
        }
      };
      send = (text) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          end();
        }
      };
      streams.add(end);
      request.signal.addEventListener("abort", () => end());
      send("retry: 3000\n\n");
    },
    cancel() {
      end();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store, no-transform", Connection: "keep-alive", "X-Accel-Buffering": "no" },
  });
}
