// The store's Content-Security-Policy, in plain JavaScript: proxy.ts (nonces for pages rendered per
// request) and the page cache handler (hashes for cached shells, lib/shell/csp-cache-handler.mjs),
// which Next loads at run time without compiling it, build the same policy here.
import { createHash } from "node:crypto";

export const cspReportPath = "/api/csp-reports";

const stripe = {
  script: ["https://js.stripe.com", "https://*.js.stripe.com"],
  frame: ["https://js.stripe.com", "https://*.js.stripe.com", "https://hooks.stripe.com"],
  connect: ["https://api.stripe.com"],
  image: ["https://*.stripe.com"],
};

/**
 * @param {{ scripts: { nonce: string } | { hashes: string[] }, stripe?: boolean, dev?: boolean, imageOrigins?: string[] }} options
 * @returns {string}
 */
export function contentSecurityPolicy(options) {
  const scripts = "nonce" in options.scripts ? [`'nonce-${options.scripts.nonce}'`] : options.scripts.hashes.map((hash) => `'${hash}'`);
  const withStripe = Boolean(options.stripe);
  const directives = {
    "default-src": ["'self'"],
    // No 'unsafe-inline': an inline script runs only with this response's nonce or a hash of its exact text.
    // Next's own chunks come from 'self'; development adds eval for React's refresh.
    // 'report-sample': a report carries the first characters of what was blocked, for the admin to recognise.
    "script-src": ["'self'", ...scripts, "'report-sample'", ...(withStripe ? stripe.script : []), ...(options.dev ? ["'unsafe-eval'"] : [])],
    // React's style attributes (progress bars, the chat button's lift) are inline styles, not scripts.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(options.imageOrigins ?? []), ...(withStripe ? stripe.image : [])],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(withStripe ? stripe.connect : []), ...(options.dev ? ["ws:"] : [])],
    "frame-src": withStripe ? stripe.frame : ["'none'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // report-uri, not report-to: every browser sends these at once, while the Reporting API batches
    // them for up to a minute (and ignores report-uri when report-to is present).
    "report-uri": [cspReportPath],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

// An executable script element: no src, and no type or a JavaScript one (JSON-LD is data and never runs).
const inlineScript = /<script(?![^>]*\ssrc=)((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi;
const typeAttribute = /\stype=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const javascriptTypes = new Set(["", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript"]);

/**
 * The CSP hash of every inline script in a page's HTML, in order of first appearance: what a
 * cached page's policy must list for the browser to run them.
 * @param {string} html
 * @returns {string[]}
 */
export function scriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(inlineScript)) {
    const typeMatch = match[1].match(typeAttribute);
    const type = (typeMatch ? (typeMatch[1] ?? typeMatch[2] ?? typeMatch[3]) : "").trim().toLowerCase();
    if (!javascriptTypes.has(type)) continue;
    hashes.add(`sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}`);
  }
  return [...hashes];
}
