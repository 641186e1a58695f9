// Next's page cache (its own file-system and memory cache), with one addition: every cached page
// carries a Content-Security-Policy that lists the hash of each of its inline scripts. A cached
// shell is the same HTML for every shopper, so it cannot carry a per-request nonce (proxy.ts gives
// those to pages rendered per request); the hashes are worked out once, when the page is stored,
// and served with it from then on. Next hands the stored entry's headers to the response, the first
// (rendering) request's included, because it serves the same entry object it stored.
import nextFileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { contentSecurityPolicy, scriptHashes } from "../security/csp-policy.mjs";

const FileSystemCache = nextFileSystemCache.default ?? nextFileSystemCache;

// Next loads this file at run time, outside the app's bundles and lib/env.ts.
/* eslint-disable no-restricted-properties */
const dev = process.env.NODE_ENV === "development";
const imageOrigins = process.env.S3_PUBLIC_URL ? [new URL(process.env.S3_PUBLIC_URL).origin] : [];
/* eslint-enable no-restricted-properties */

/** Adds the policy for this page's own inline scripts to a cached page entry (in place). */
export function withScriptPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  const headers = (value.headers ??= {});
  if (!headers["content-security-policy"]) {
    headers["content-security-policy"] = contentSecurityPolicy({ scripts: { hashes: scriptHashes(value.html) }, dev, imageOrigins });
  }
  return value;
}

export default class ScriptPolicyCache extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) withScriptPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    withScriptPolicy(data);
    return super.set(key, data, ctx);
  }
}
