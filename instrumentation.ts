/**
 * Runs once per server process. Starts the job queue with the maintenance duties (mail delivery,
 * card-hold sweep, expired limits), the crash reconciliation, the abandoned-cart reminders and their webhooks, in
 * the Node.js runtime, never during `next build`: the build reads no data.
 */
export async function register() {
  // Not configuration but Next's own markers, which it inlines at build time (so not via lib/env).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startMaintenance }, { jobQueue }, { getDb }, { paymentGateway }, { startRecoveryWorker }, { startWebhookWorker }] = await Promise.all([
    import("@/lib/jobs/maintenance"),
    import("@/lib/jobs/queue"),
    import("@/db"),
    import("@/lib/payments/gateway"),
    import("@/lib/recovery/jobs"),
    import("@/lib/webhooks/jobs"),
  ]);
  startMaintenance(jobQueue, async () => ({ db: await getDb(), gateway: await paymentGateway() }));
  startRecoveryWorker(jobQueue, getDb);
  startWebhookWorker(jobQueue, getDb);
}
