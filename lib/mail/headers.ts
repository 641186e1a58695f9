/** Extra headers a mail carries (name → value), e.g. List-Unsubscribe. */
export type MailHeaders = Record<string, string>;

// A header name is printable ASCII without ":" (RFC 5322); values never break a line, so nothing
// stored can add a header or a body of its own.
const headerName = /^[!-9;-~]+$/;
const lineBreak = /[\r\n]/;

/** The headers kept with an outbox mail (`params.headers`), only those that are well formed. */
export function mailHeadersOf(params: Record<string, unknown> | null | undefined): MailHeaders | undefined {
  const stored = params?.headers;
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return undefined;
  const headers = Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === "string" && headerName.test(entry[0]) && !lineBreak.test(entry[1]));
  return headers.length ? Object.fromEntries(headers) : undefined;
}

/**
 * An outbox row's params with what delivery needs beside them: a reply-to, extra headers. A queued
 * mail keeps the params it is rendered from (`{ number }` for a receipt) and gains these once rendered.
 */
export function deliveryParams(base: Record<string, unknown> | null, { replyTo, headers }: { replyTo?: string; headers?: MailHeaders }): Record<string, unknown> | null {
  const params = { ...base, ...(replyTo ? { replyTo } : {}), ...(headers && Object.keys(headers).length ? { headers } : {}) };
  return Object.keys(params).length ? params : null;
}

/**
 * One-click unsubscribe (RFC 8058, RFC 2369): the mail client POSTs `List-Unsubscribe=One-Click` to
 * the https URL. Gmail and Yahoo ask bulk senders for both headers.
 */
export function oneClickUnsubscribeHeaders(url: string): MailHeaders {
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
