// Called by mail clients from a reminder's List-Unsubscribe header (RFC 8058 one-click); a person opening the URL is sent to the page.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { localeCookie } from "@/lib/i18n/routing";
import { unsubscribeWithToken } from "@/lib/recovery/unsubscribe-page";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

/**
 * One-click unsubscribe. No cross-site check, unlike every other write: the mail provider (Gmail,
 * Yahoo, Apple Mail) POSTs `List-Unsubscribe=One-Click` from its own servers or pages, never from
 * ours, and without cookies. The signed token is the whole credential, and all it can do is stop
 * reminders to the address it names, the same as the button on the page. The body is not required
 * to match: a client that sends another form body still means "unsubscribe".
 */
export async function POST(_request: NextRequest, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  const result = await unsubscribeWithToken({ token: token.slice(0, 512), source: "one-click" });
  if (!result.ok) return NextResponse.json({ error: "invalid_token" }, { status: 400, headers: noStore });
  return new NextResponse(null, { status: 204, headers: noStore });
}

/** The URL followed by hand (some clients show it as a link): the page, in the language last browsed in. */
export async function GET(request: NextRequest, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const { token } = await params;
  const remembered = request.cookies.get(localeCookie.name)?.value;
  const locale = isLocale(remembered) ? remembered : "en";
  return NextResponse.redirect(new URL(`/${locale}/unsubscribe/${encodeURIComponent(token.slice(0, 512))}`, env.SITE_URL), { status: 303, headers: noStore });
}
