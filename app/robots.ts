import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";

// At request time: SITE_URL is the running server's, not the build's.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/*/search", "/*/dev/"] }],
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
