import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { queueHealth } from "@/lib/jobs/queries";
import { createJobQueue, type JobQueue } from "@/lib/jobs/queue";
import { testDatabases, type TestDatabaseHandle } from "../support/databases";

/** Workers look for due jobs twice a second here (pg-boss's shortest interval), not every 2 s. */
const fast = { pollingIntervalSeconds: 0.5 };
// Generous: under a loaded CI machine a worker may look late; a passing poll returns at once.
const soon = { timeout: 20_000, interval: 100 };

interface JobRow {
  state: string;
  retryCount: number;
  /** Seconds between the start of the job's last run and the time it may run again. */
  waitSeconds: number | null;
  startedAfterDue: boolean | null;
}

/** The jobs of one queue as pg-boss keeps them. */
const jobsOf = (db: Executor, name: string) =>
  queryRows<JobRow>(
    db,
    sql`select state, retry_count as "retryCount", extract(epoch from start_after - started_on)::float8 as "waitSeconds",
               started_on >= start_after as "startedAfterDue"
        from pgboss.job where name = ${name} order by created_on`,
  );

/** Time passes, as far as the queue is concerned: its waiting jobs are due now. */
const dueNow = (db: Executor, name: string) => db.execute(sql`update pgboss.job set start_after = now() where name = ${name} and state in ('created', 'retry')`);

describe.each(testDatabases())("background jobs on $name", (target) => {
  let handle: TestDatabaseHandle;
  let queue: JobQueue;
  beforeAll(async () => {
    handle = await target.open();
    queue = createJobQueue(handle);
    await queue.start();
  });
  afterAll(async () => {
    await queue?.stop();
    await handle?.close();
  });

  it("counts jobs that are due, not those waiting for their time", async () => {
    await queue.createQueue("test-idle");
    const before = await queueHealth(handle.db);
    await queue.enqueue("test-idle", {});
    await queue.enqueue("test-idle", {}, { startAfter: 60 * 60 });
    expect(await queueHealth(handle.db)).toEqual({ due: before.due + 1, failed: before.failed });
  });

  it("hands out a delayed job only once its time has come", async () => {
    await queue.createQueue("test-delayed");
    const ran: string[] = [];
    await queue.work<{ label: string }>("test-delayed", async ({ label }) => ran.push(label), fast);
    await queue.enqueue("test-delayed", { label: "in a second" }, { startAfter: 1 });
    await queue.enqueue("test-delayed", { label: "in an hour" }, { startAfter: new Date(Date.now() + 60 * 60_000) });

    await expect.poll(() => ran, soon).toEqual(["in a second"]);
    const [first, second] = await jobsOf(handle.db, "test-delayed");
    expect(first).toMatchObject({ state: "completed", startedAfterDue: true });
    expect(second).toMatchObject({ state: "created" });

    await dueNow(handle.db, "test-delayed");
    await expect.poll(() => ran, soon).toEqual(["in a second", "in an hour"]);
  });

  it("retries a failing job with growing waits, then marks it failed and counts it", async () => {
    await queue.createQueue("test-failing");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let runs = 0;
    await queue.work(
      "test-failing",
      async () => {
        runs++;
        throw new Error("the gateway is down");
      },
      fast,
    );
    const before = await queueHealth(handle.db);
    await queue.enqueue("test-failing", {}, { retryLimit: 2, retryDelaySeconds: 1, retryBackoff: true });

    // First retry: 1 s doubled and halved, plus up to as much again at random (1–2 s).
    await expect.poll(async () => (await jobsOf(handle.db, "test-failing"))[0], soon).toMatchObject({ state: "retry", retryCount: 0 });
    const [afterFirst] = await jobsOf(handle.db, "test-failing");
    expect(afterFirst!.waitSeconds).toBeGreaterThanOrEqual(1);
    expect(afterFirst!.waitSeconds).toBeLessThan(2.5);
    expect(runs).toBe(1);

    // Second retry waits twice as long (2–4 s).
    await dueNow(handle.db, "test-failing");
    await expect.poll(async () => (await jobsOf(handle.db, "test-failing"))[0], soon).toMatchObject({ state: "retry", retryCount: 1 });
    const [afterSecond] = await jobsOf(handle.db, "test-failing");
    expect(afterSecond!.waitSeconds).toBeGreaterThanOrEqual(2);
    expect(afterSecond!.waitSeconds).toBeLessThan(4.5);
    expect(runs).toBe(2);

    await dueNow(handle.db, "test-failing");
    await expect.poll(async () => (await jobsOf(handle.db, "test-failing"))[0]?.state, soon).toBe("failed");
    expect(runs).toBe(3);
    expect(await queueHealth(handle.db)).toEqual({ due: before.due, failed: before.failed + 1 });
    expect(logged).toHaveBeenCalledTimes(3);
    expect(logged).toHaveBeenCalledWith("[jobs] test-failing failed:", expect.objectContaining({ message: "the gateway is down" }));
    logged.mockRestore();
  });

  it("runs a job enqueued in a transaction only if the transaction commits", async () => {
    await queue.createQueue("test-transactional");
    const ran: string[] = [];
    await queue.work<{ label: string }>("test-transactional", async ({ label }) => ran.push(label), fast);

    await expect(
      handle.db.transaction(async (tx) => {
        await queue.enqueue("test-transactional", { label: "rolled back" }, { inTransaction: tx });
        tx.rollback();
      }),
    ).rejects.toThrow();
    await handle.db.transaction(async (tx) => {
      await queue.enqueue("test-transactional", { label: "committed" }, { inTransaction: tx });
    });

    await expect.poll(() => ran, soon).toEqual(["committed"]);
    // The rolled-back job never existed, so no worker can ever run it.
    expect(await jobsOf(handle.db, "test-transactional")).toEqual([expect.objectContaining({ state: "completed" })]);
  });

  it.runIf(target.name === "postgres")("two instances racing on 50 jobs run each exactly once", async () => {
    const other = await handle.openAnother!();
    const second = createJobQueue(other);
    await second.start();
    try {
      await handle.db.execute(sql`create table job_runs (job_id uuid not null, instance text not null)`);
      await queue.createQueue("test-race");
      for (let job = 0; job < 50; job++) await queue.enqueue("test-race", { job });

      const ranBy = (instance: string) => async (_data: object, job: { id: string }) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        await handle.db.execute(sql`insert into job_runs (job_id, instance) values (${job.id}, ${instance})`);
      };
      const racing = { ...fast, batchSize: 5, workers: 2 };
      await Promise.all([queue.work("test-race", ranBy("first"), racing), second.work("test-race", ranBy("second"), racing)]);

      await expect
        .poll(async () => (await jobsOf(handle.db, "test-race")).filter((job) => job.state === "completed").length, { timeout: 10_000, interval: 100 })
        .toBe(50);
      // Completed jobs are never handed out again: these counts are final.
      const [runs] = await queryRows<{ runs: number; jobs: number }>(handle.db, sql`select count(*)::int as runs, count(distinct job_id)::int as jobs from job_runs`);
      expect(runs).toEqual({ runs: 50, jobs: 50 });
    } finally {
      await second.stop();
    }
  });
});
