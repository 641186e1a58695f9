/**
 * The visit (session) and where it came from, for the event log (G1). Pure functions: the proxy
 * (proxy.ts) starts and slides visits with them, the request's measurement context
 * (lib/analytics/context.ts) reads them back.
 *
 * A visit is a random id in the `sid` cookie: httpOnly, 30 minutes, renewed on every page request,
 * so a visit ends after 30 minutes without a page. The cookie also carries the source the visit
 * started with, so every later event of the visit is credited to it. (The `visit` cookie the
 * browser sets in components/shopper/shopper-provider.tsx is a different thing: a browser-session
 * marker for the "welcome back" note, which must stay readable by the page's script.)
 */
export const sessionCookie = { name: "sid", maxAgeSeconds: 30 * 60 } as const;

export const trafficSources = ["direct", "search", "social", "email", "referral", "campaign", "reminder"] as const;
export type TrafficSource = (typeof trafficSources)[number];

export const trafficKinds = ["human", "bot", "test", "synthetic"] as const;
export type TrafficKind = (typeof trafficKinds)[number];

/** Query parameter a reminder's restore link carries (`?via=reminder`): the visit it starts is credited to the reminder. */
export const reminderMarker = { param: "via", value: "reminder" } as const;

export interface VisitSession {
  id: string;
  source: TrafficSource;
}

const sessionIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isSessionId(value: unknown): value is string {
  return typeof value === "string" && sessionIdPattern.test(value);
}

/** `<uuid>.<source>`; anything else (tampered, an older format) is no visit. */
export function parseSessionCookie(value: string | undefined | null): VisitSession | null {
  if (!value || value.length > 60) return null;
  const [id, source] = value.split(".");
  if (!isSessionId(id) || !(trafficSources as readonly string[]).includes(source ?? "")) return null;
  return { id, source: source as TrafficSource };
}

export const formatSessionCookie = (session: VisitSession) => `${session.id}.${session.source}`;

const searchEngines = /(^|\.)(google|bing|yahoo|duckduckgo|yandex|baidu|ecosia|qwant|startpage|naver|seznam|ask|aol|sogou|so|brave)\.[a-z.]+$|^search\.brave\.com$|^kagi\.com$/;
const socialSites =
  /(^|\.)(facebook|fb|instagram|twitter|linkedin|pinterest|reddit|tiktok|youtube|whatsapp|telegram|snapchat|tumblr|vk|threads|mastodon|quora|weibo|line)\.[a-z.]+$|^(t\.co|x\.com|lnkd\.in|t\.me|wa\.me|m\.me|youtu\.be|pin\.it)$/;
const mailHosts = /^(mail\.google\.com|outlook\.live\.com|outlook\.office\.com|outlook\.office365\.com|mail\.yahoo\.com|mail\.proton\.me|mail\.aol\.com|mail\.yandex\.[a-z]+|e\.mail\.ru|(webmail|mail)\.[a-z0-9.-]+)$/;
const mailCampaign = /^(e-?mail|newsletter|mail)$/i;

function hostOf(referrer: string | null): string | null {
  if (!referrer) return null;
  try {
    const url = new URL(referrer);
    // Android apps send android-app://com.google.android.gm/ (Gmail) as the referrer.
    if (url.protocol === "android-app:") return url.hostname.includes(".gm") || url.hostname.includes("mail") ? "mail.google.com" : url.hostname;
    return url.protocol === "http:" || url.protocol === "https:" ? url.hostname.toLowerCase().replace(/^www\./, "").replace(/^m\./, "") : null;
  } catch {
    return null;
  }
}

/** The source of a referrer's host alone: search engine, social site, webmail, else another site. */
export function sourceOfHost(host: string): TrafficSource {
  if (mailHosts.test(host)) return "email";
  if (searchEngines.test(host)) return "search";
  if (socialSites.test(host)) return "social";
  return "referral";
}

/**
 * Where a visit came from, judged on its first page: a reminder's restore link (its marker), then
 * the campaign's utm_source/utm_medium (mail → "email", anything else "campaign"), then the
 * referrer's host. The store's own host means the shopper was already here: the source of the
 * visit still running (`previous`), or "direct" when it had ended. No referrer at all is "direct".
 */
export function classifySource(
  { url, referrer, previous = null }: { url: URL; referrer: string | null; previous?: TrafficSource | null },
): TrafficSource {
  const params = url.searchParams;
  if (params.get(reminderMarker.param) === reminderMarker.value) return "reminder";
  const utmSource = params.get("utm_source")?.trim();
  const utmMedium = params.get("utm_medium")?.trim();
  if (utmSource || utmMedium) return mailCampaign.test(utmMedium ?? "") || mailCampaign.test(utmSource ?? "") ? "email" : "campaign";
  const host = hostOf(referrer);
  if (!host) return previous ?? "direct";
  const ownHost = url.hostname.toLowerCase().replace(/^www\./, "");
  if (host === ownHost) return previous ?? "direct";
  return sourceOfHost(host);
}
