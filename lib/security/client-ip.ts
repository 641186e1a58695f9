import { isIP } from "node:net";

/**
 * The address a request came from, for per-IP limits; null when the request names none.
 *
 * Next.js writes the socket's address into X-Forwarded-For when a request arrives without one,
 * and a reverse proxy appends the address it saw; so the rightmost entry is the client as seen by
 * the hop in front of the store, which the client cannot choose. Entries further left are
 * whatever the client wrote and are ignored. Behind two proxies (a CDN in front of nginx) the
 * rightmost entry is the CDN, so name the header the CDN sets instead (`CLIENT_IP_HEADER`, e.g.
 * `cf-connecting-ip`). A store exposed with no proxy at all cannot see through a forged
 * X-Forwarded-For; its per-address limits still hold.
 */
export function clientIp(headers: Headers, header = "x-forwarded-for"): string | null {
  const entries = (headers.get(header) ?? "").split(",");
  return normalizeIp(entries[entries.length - 1] ?? "");
}

/** An IP address in one spelling: no brackets, port or IPv4-mapped prefix, IPv6 lower-case. Null if it is not one. */
export function normalizeIp(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : null;
}

/**
 * The unit a per-IP limit counts: an IPv4 address, or an IPv6 /64 (one household or server gets a
 * whole /64, so counting single IPv6 addresses would let it rotate through billions). Requests
 * without an address share one bucket.
 */
export function ipLimitKey(ip: string | null): string {
  if (!ip) return "unknown";
  if (isIP(ip) !== 6) return ip;
  return `${expandIpv6(ip).slice(0, 4).join(":")}::/64`;
}

function expandIpv6(ip: string): string[] {
  const [head, tail] = ip.includes("::") ? ip.split("::") : [ip, null];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4 forms) takes two groups.
  const groups = (parts: string[]) => parts.flatMap((part) => (part.includes(".") ? ipv4Groups(part) : [part]));
  const [l, r] = [groups(left), groups(right)];
  const fill = tail === null ? [] : Array<string>(8 - l.length - r.length).fill("0");
  return [...l, ...fill, ...r].map((group) => group.replace(/^0+(?=.)/, ""));
}

function ipv4Groups(ipv4: string): string[] {
  const [a, b, c, d] = ipv4.split(".").map(Number) as [number, number, number, number];
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
