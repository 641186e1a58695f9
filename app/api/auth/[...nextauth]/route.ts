// Auth.js endpoints: magic-link requests and callback, OAuth callbacks, session, sign-out.
import type { NextRequest } from "next/server";
import { handlers, refuseBadCallbackUrl } from "@/lib/accounts/auth";
import { runSignIn } from "@/lib/accounts/sign-in-limits";
import { ipKeyOf } from "@/lib/security/request-ip";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";

export async function GET(request: NextRequest): Promise<Response> {
  return refuseBadCallbackUrl(request) ?? handlers.GET(request);
}

/** Posts run under the sign-in limits: a refused magic link is a 429 that says when to retry. */
export async function POST(request: NextRequest): Promise<Response> {
  const refused = refuseBadCallbackUrl(request);
  if (refused) return refused;
  const visitor = request.cookies.get(visitorCookie.name)?.value;
  const requester = { ipKey: ipKeyOf(request.headers), visitorId: isVisitorId(visitor) ? visitor : null };
  const outcome = await runSignIn(requester, () => handlers.POST(request));
  if (!outcome.refusal) return outcome.result;
  const { retryAfterSeconds } = outcome.refusal;
  return Response.json({ error: "too_many_requests", retryAfterSeconds }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}
