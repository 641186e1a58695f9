/**
 * `npm run fuzz [-- <runs per boundary>]`: the fuzz tests (tests/fuzz) with many inputs per
 * boundary (1000 by default; `npm test` runs a bounded number), then how many inputs each boundary
 * was actually fed (shrinking included), the total, and how many boundaries failed. FUZZ_SEED
 * replays a failure from the seed fast-check printed.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "./run";

const runsArgument = process.argv.slice(2).find((arg) => /^\d+$/.test(arg));
const runs = Number(runsArgument ?? process.env.FUZZ_RUNS ?? 1000);
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error("Usage: npm run fuzz -- [runs per boundary, e.g. 1000]");
  process.exit(2);
}

const report = mkdtempSync(path.join(os.tmpdir(), "store-fuzz-report-"));
const started = Date.now();
console.log(`Fuzzing every boundary with ${runs} inputs${process.env.FUZZ_SEED ? ` (seed ${process.env.FUZZ_SEED})` : ""}…`);
const code = await run("npx", ["vitest", "run", "--maxWorkers=1", "tests/fuzz"], { FUZZ_RUNS: String(runs), FUZZ_REPORT: report });

interface Entry {
  boundary: string;
  tried: number;
  failed: boolean;
  seed: number;
}
const entries: Entry[] = readdirSync(report)
  .filter((file) => file.endsWith(".jsonl"))
  .flatMap((file) => readFileSync(path.join(report, file), "utf8").split("\n").filter(Boolean))
  .map((line) => JSON.parse(line) as Entry);
rmSync(report, { recursive: true, force: true });

const width = Math.max(20, ...entries.map((entry) => entry.boundary.length));
console.log(`\n${"boundary".padEnd(width)}  inputs tried  result`);
for (const entry of entries.sort((a, b) => a.boundary.localeCompare(b.boundary))) {
  console.log(`${entry.boundary.padEnd(width)}  ${String(entry.tried).padStart(12)}  ${entry.failed ? `FAILED (seed ${entry.seed})` : "ok"}`);
}
const total = entries.reduce((sum, entry) => sum + entry.tried, 0);
const failures = entries.filter((entry) => entry.failed).length;
console.log(`\n${entries.length} boundaries, ${total} inputs tried in total, ${failures} failed — ${((Date.now() - started) / 1000).toFixed(0)} s`);
// A boundary that never reported (its file failed to load, a hook failed) fails the run too.
if (code !== 0 && failures === 0) console.error(`vitest exited with ${code}: see its output above.`);
process.exit(code !== 0 ? code : failures ? 1 : 0);
