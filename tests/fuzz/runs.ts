import { appendFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";

/**
 * How many inputs each boundary is fed: FUZZ_RUNS, else a bounded number that keeps the fuzz
 * folder inside `npm test`'s budget (`npm run fuzz` asks for many more).
 */
export function fuzzRuns(): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isSafeInteger(asked) && asked > 0 ? asked : 15;
}

/** FUZZ_SEED replays a run (fast-check prints the seed of a failure); unset, a fresh random seed each time. */
function fuzzSeed(): number | undefined {
  const seed = Number(process.env.FUZZ_SEED);
  return process.env.FUZZ_SEED && Number.isInteger(seed) ? seed : undefined;
}

/** A test's time budget: generous per input, as a thousand runs on PGlite take a while. */
export function fuzzTimeout(perInputMs = 400): number {
  return Math.max(60_000, fuzzRuns() * perInputMs * 2);
}

/**
 * Feeds `boundary` with `runs` inputs from `arbitrary` and checks each with `check` (which throws to
 * fail). Every input tried is counted, shrinking included, and written to FUZZ_REPORT (a folder
 * scripts/fuzz.ts reads) when set, so the total it prints is the number actually tried.
 */
export async function fuzz<T>(boundary: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, { runs = fuzzRuns() }: { runs?: number } = {}): Promise<void> {
  let tried = 0;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      tried += 1;
      await check(value);
    }),
    { numRuns: runs, seed: fuzzSeed(), endOnFailure: false },
  );
  record({ boundary, tried, failed: details.failed, seed: details.seed });
  if (!details.failed) return;
  const cause = details.errorInstance;
  const reason = cause instanceof Error ? `${cause.message}\n${cause.stack?.split("\n").slice(1, 6).join("\n") ?? ""}` : String(cause);
  throw new Error(`${boundary}: ${fc.defaultReportMessage(details) ?? "failed"}\n${reason}`, { cause });
}

function record(entry: { boundary: string; tried: number; failed: boolean; seed: number }) {
  const folder = process.env.FUZZ_REPORT;
  if (!folder) return;
  appendFileSync(path.join(folder, `${process.pid}.jsonl`), `${JSON.stringify(entry)}\n`);
}
