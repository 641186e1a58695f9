/**
 * `npm test`: everything, in order of speed — types, lint, unit + integration (PGlite, and
 * PostgreSQL when DATABASE_URL is set), then Playwright against one fresh production build
 * on an embedded database of its own.
 */
import { rmSync } from "node:fs";
import { recordBuild } from "./build-fingerprint";
import { runOrExit } from "./run";

const timings: [string, number][] = [];
const step = async (label: string, command: string, args: string[], env: Record<string, string> = {}) =>
  timings.push([label, await runOrExit(label, command, args, env)]);

const e2eDataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
const skipE2e = process.argv.includes("--no-e2e");

await step("Known vulnerabilities (npm audit, production dependencies)", "npx", ["tsx", "scripts/audit.ts"]);
await step("Route types", "npx", ["next", "typegen"]);
await step("Type-check", "npx", ["tsc", "--noEmit"]);
await step("Lint", "npx", ["eslint", "--max-warnings", "0", "."]);
await step(
  process.env.DATABASE_URL ? "Unit + integration (PGlite and PostgreSQL)" : "Unit + integration (PGlite; set DATABASE_URL to add PostgreSQL)",
  "npx",
  ["vitest", "run"],
);

if (!skipE2e) {
  rmSync(e2eDataDir, { recursive: true, force: true });
  await step("E2E database (migrate + seed)", "npx", ["tsx", "scripts/prepare-db.ts"], { DATA_DIR: e2eDataDir, DATABASE_URL: "" });
  await step("Production build", "npx", ["next", "build"]);
  recordBuild();
  await step("End-to-end (Playwright)", "npx", ["playwright", "test"], { E2E_DATA_DIR: e2eDataDir });
  // Crash safety against the same build: orders placed while the server is killed, on a PostgreSQL
  // database of its own (scripts/chaos.ts); the full run is `npm run chaos`.
  if (process.env.DATABASE_URL) await step("Chaos (30 s of SIGKILLs, PostgreSQL)", "npx", ["tsx", "scripts/chaos.ts", "--seconds", "30", "--shoppers", "4"]);
  else console.log("▸ Chaos: skipped (needs PostgreSQL; set DATABASE_URL).");
  // Two instances behind nginx on one PostgreSQL (scripts/instances.ts --check).
  if (process.env.DATABASE_URL) await step("Two instances behind nginx", "npx", ["tsx", "scripts/instances.ts", "--count", "2", "--check"]);
  else console.log("▸ Several instances: skipped (needs PostgreSQL; set DATABASE_URL).");
}

console.log("\nSummary:");
for (const [label, seconds] of timings) console.log(`  ${label.padEnd(60)} ${seconds.toFixed(1)} s`);
