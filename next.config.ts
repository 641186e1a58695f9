import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { locales } from "./lib/i18n/locales";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const localePattern = locales.join("|");
/**
 * Catalog pages are cached shells chosen by the destination cookie and the language and country
 * headers (proxy.ts), but Next sends its own Vary and an `s-maxage` for them. So CDNs are told not
 * to keep the page (RFC 9213's CDN-Cache-Control, and Surrogate-Control for Varnish and Fastly):
 * a shared cache must never hand one market's page to another shopper. The store's own page
 * cache behind the proxy does the caching.
 */
const noSharedCache = [
  { key: "CDN-Cache-Control", value: "private" },
  { key: "Surrogate-Control", value: "no-store" },
];

const nextConfig: NextConfig = {
  // PGlite ships WASM, postgres.js opens sockets, pg-boss requires the pg driver: load them from
  // node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "pg-boss"],
  poweredByHeader: false,
  // Next's own page cache, plus a script policy with the hashes of each cached page's inline scripts.
  cacheHandler: fileURLToPath(new URL("./lib/shell/csp-cache-handler.mjs", import.meta.url)),
  experimental: {
    // Catalog reads are cached in process memory only: a restart or a reseed never serves data
    // from an earlier database, and nothing accumulates under .next/cache.
    isrFlushToDisk: false,
    // The admin's uploads take files up to 10 MB (product and category images, lib/media) and 5 MB
    // (the catalog CSV); every other action sends a few kilobytes. 1 MB (the default) would refuse
    // the file before the check could name the problem.
    serverActions: { bodySizeLimit: "11mb" },
  },
  images: {
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
    imageSizes: [64, 96, 128, 192, 256, 320],
    minimumCacheTTL: 60 * 60 * 24 * 30,
    // Uploaded images in S3-compatible storage (lib/media) are served from its public URL.
    // next.config.ts cannot load lib/env.ts (its loader does not resolve the app's imports); the
    // server checks S3_PUBLIC_URL there at start-up.
    // eslint-disable-next-line no-restricted-properties
    remotePatterns: process.env.S3_PUBLIC_URL ? [new URL(`${process.env.S3_PUBLIC_URL.replace(/\/+$/, "")}/**`)] : [],
  },
  async headers() {
    return [
      {
        source: "/catalog/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      { source: `/:locale(${localePattern})`, headers: noSharedCache },
      { source: `/:locale(${localePattern})/:kind(p|c)/:slug`, headers: noSharedCache },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The Payment Request API for the store's own pages and the frame its card payments run in
          // (Stripe's wallets ask from js.stripe.com); no camera, microphone or location, for anyone.
          { key: "Permissions-Policy", value: 'payment=(self "https://js.stripe.com"), camera=(), microphone=(), geolocation=(), usb=()' },
        ],
      },
      {
        // Pages get the whole policy from proxy.ts (a nonce per response) or from the page cache
        // (hashes, lib/shell/csp-cache-handler.mjs). Everything else (API answers, files, images)
        // is never framed, takes no plugins and no <base> pointing elsewhere.
        source: `/:path((?!(?:${localePattern})(?:/|$)).*)`,
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'" }],
      },
      {
        // Over HTTPS (the proxy in front says so), browsers keep to HTTPS for two years.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
