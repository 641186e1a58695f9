// The personal parts of a cached catalog page (cart count, wishlist, destination, delivery box),
// asked for by the browser once per page; it also records the page view the cached page cannot.
import { isCrossSiteWrite } from "@/lib/security/request-checks";
import { shopperRequestSchema, shopperState } from "@/lib/shopper/state";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: Request) {
  if (isCrossSiteWrite(request.method, request.headers)) return new Response(null, { status: 403 });
  const body = shopperRequestSchema.safeParse(await request.json().catch(() => null));
  if (!body.success) {
    return Response.json({ error: "invalid_request", issues: body.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400, headers: noStore });
  }
  const state = await shopperState(body.data);
  // The database is down: the page keeps what its shell shows.
  if (!state) return Response.json({ error: "unavailable" }, { status: 503, headers: noStore });
  return Response.json(state, { headers: noStore });
}
