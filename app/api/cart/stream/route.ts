// Called by the storefront's EventSource: streams "cart changed" events for the visitor's cart (SSE).
import { cartOwnerKey } from "@/lib/cart/live";
import { liveCart } from "@/lib/cart/live-cart";
import { currentCart } from "@/lib/cart/visitor";
import { eventStream } from "@/lib/live/event-stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const cart = await currentCart();
  if (!cart) return new Response(null, { status: 204 });
  const { hub, activeCartOf } = await liveCart();

  return eventStream(request, async (sink) => {
    const announce = () => sink.send({ event: "cart", data: String(Date.now()) });
    // Listens to the cart this browser works on now; again whenever a new cart is created for it
    // (the first item, maybe added in another tab, or the next cart after an order).
    let stopCart = () => {};
    const followCart = async () => {
      const cartId = await activeCartOf(cart);
      stopCart();
      const stop = cartId ? await hub.subscribe(cartId, announce) : () => {};
      if (sink.ended) stop();
      else stopCart = stop;
    };
    await followCart();
    const stopOwner = await hub.subscribe(cartOwnerKey(cart), () => {
      announce();
      followCart().catch(() => sink.end());
    });
    return () => {
      stopCart();
      stopOwner();
    };
  }, { owner: cart.visitorId });
}
