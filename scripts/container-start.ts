/**
 * The container image's start command (Dockerfile): `npm start` without the build, which the image
 * already holds. Migrates the database and seeds it if it is empty (scripts/prepare-db.ts), then
 * serves with `next start` on HOST:PORT (0.0.0.0:3000 in the image), passing SIGTERM on.
 *   --migrate-only   stop after the database: a release step run once before instances start
 * The image compiles this file with esbuild, so its runtime needs neither tsx nor the sources.
 */
import { createRequire } from "node:module";
import { env } from "@/lib/env";
import { heldMailNotice } from "@/lib/mail/held-mail-notice";
import { prepareDatabase, reportPrepareFailure } from "./prepare-db";
import { run } from "./run";
import { serverRuntimeEnv } from "./server-runtime";

const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "0.0.0.0";
const next = createRequire(import.meta.url).resolve("next/dist/bin/next");

try {
  await prepareDatabase({ seed: true, reseed: false });
} catch (error) {
  reportPrepareFailure(error);
  process.exit(1);
}
if (process.argv.includes("--migrate-only")) process.exit(0);

const mailNotice = heldMailNotice({ siteUrl: env.SITE_URL, smtpUrl: env.SMTP_URL });
if (mailNotice) console.warn(`⚠ ${mailNotice}`);
console.log(`▸ Starting the store on ${host}:${port}`);
process.exit(await run(process.execPath, [next, "start", "-p", port, "-H", host], serverRuntimeEnv(process.env)));
