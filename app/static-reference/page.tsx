import type { Metadata } from "next";
import Link from "next/link";
import { store } from "@/lib/store/config";

/**
 * A fully static page of this build (prerendered by `next build`, outside the locale layout and
 * the proxy): `npm run bench` measures every page's throughput against it, so its figures read
 * as a share of what this server does with no rendering at all, whatever the machine.
 */
export const dynamic = "error";

export const metadata: Metadata = { title: store.name, robots: { index: false, follow: false } };

export default function StaticReference() {
  return (
    <html lang="en">
      <body className="grid min-h-screen place-items-center p-8 font-sans">
        <main className="max-w-md text-center">
          <h1 className="mb-3 text-2xl font-bold">{store.name}</h1>
          <p className="mb-6">A static page: the reference for the store&apos;s speed measurements.</p>
          <Link className="btn-primary" href="/en">
            Visit the store
          </Link>
        </main>
      </body>
    </html>
  );
}
