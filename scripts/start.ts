/**
 * `npm start`: the whole set-up in one command. Checks, migrates and seeds the database (PGlite in
 * .data/ unless DATABASE_URL is set), builds the app if the sources changed, then serves it.
 * The database is closed before the server opens it: PGlite allows one process at a time.
 */
import { createRequire } from "node:module";
import { env } from "@/lib/env";
import { heldMailNotice, isLoopbackHostname } from "@/lib/mail/held-mail-notice";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";
import { prepareDatabase, reportPrepareFailure } from "./prepare-db";
import { run } from "./run";
import { loopbackHost, serverRuntimeEnv } from "./server-runtime";

const port = process.env.PORT ?? "3000";
// A store whose SITE_URL is this machine listens on this machine only: the dev mailbox opens for
// loopback requests, and a neighbour on the network must not be able to pose as one. HOST overrides.
const host = process.env.HOST ?? (isLoopbackHostname(new URL(env.SITE_URL).hostname) ? loopbackHost : "0.0.0.0");
// Next's CLI as a direct child, not through npx: the signal passed on (or the kill after the grace
// period) reaches the server itself instead of a wrapper that leaves it running.
const next = createRequire(import.meta.url).resolve("next/dist/bin/next");

try {
  await prepareDatabase({ seed: true, reseed: false });
} catch (error) {
  reportPrepareFailure(error);
  process.exit(1);
}

if (buildIsCurrent()) {
  console.log("▸ Production build is current — skipping `next build`.");
} else {
  console.log("▸ Building the store (first start or sources changed)…");
  const code = await run(process.execPath, [next, "build"]);
  if (code !== 0) process.exit(code);
  recordBuild();
}

const mailNotice = heldMailNotice({ siteUrl: env.SITE_URL, smtpUrl: env.SMTP_URL });
if (mailNotice) console.warn(`⚠ ${mailNotice}`);
console.log(`▸ Starting the store on http://localhost:${port}`);
const code = await run(process.execPath, [next, "start", "-p", port, "-H", host], serverRuntimeEnv(process.env));
process.exit(code);
