import "server-only";
import type { JobQueue } from "./queue";

const started = globalThis as unknown as { __jobWorkers?: Set<string> };
/** How long to wait before trying again when the queue could not start (the database is down). */
const retryStartMs = 15_000;

/**
 * Starts the queue of this process and puts `register`'s workers on it, once per process (kept on
 * globalThis, so dev-mode reloads add no second worker), trying again every 15 s until the
 * database lets it. `name` labels the log lines.
 */
export function startWorkerOnce(name: string, queue: () => Promise<JobQueue>, register: (jobs: JobQueue) => Promise<void>) {
  const workers = (started.__jobWorkers ??= new Set());
  if (workers.has(name)) return;
  workers.add(name);
  const start = async () => {
    try {
      const jobs = await queue();
      await jobs.start();
      await register(jobs);
    } catch (error) {
      console.error(`[${name}] the job queue could not start, trying again in ${retryStartMs / 1000} s:`, error);
      setTimeout(() => void start(), retryStartMs).unref();
    }
  };
  void start();
}
