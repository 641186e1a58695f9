import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { queryRows } from "@/db/rows";
import { recordAudit, type Actor } from "@/lib/admin/audit";
import { checkArms } from "./assignment";
import { isOptionOf, isTarget, type ExperimentTarget } from "./targets";

export interface ExperimentArm {
  key: string;
  /** Percent of the experiment's visitors; the arms' weights add up to 100. */
  weight: number;
  /** The target's option this arm shows. */
  value: string;
}

export interface Experiment {
  key: string;
  name: string;
  hypothesis: string;
  target: ExperimentTarget;
  /** The first arm is the control. */
  arms: ExperimentArm[];
  primaryMetric: "checkout_conversion" | "revenue_per_visitor";
  /** Relative, basis points (1000 = 10 %). */
  minimumDetectableEffect: number;
  status: "draft" | "running" | "stopped";
  startedAt: Date | null;
  stoppedAt: Date | null;
  createdBy: string;
  version: number;
}

export type ExperimentInput = Pick<Experiment, "key" | "name" | "hypothesis" | "target" | "arms" | "primaryMetric" | "minimumDetectableEffect">;

/** What is wrong with an experiment as defined, by field (the arms' problems name their row). */
export type ExperimentProblem =
  | { field: "key" | "name" | "hypothesis" | "target" | "primaryMetric" | "minimumDetectableEffect"; reason: "invalid" }
  | { field: "arms"; reason: "too_few" | "too_many" | "weights_total"; total?: number }
  | { field: "arms"; index: number; reason: "key" | "duplicate" | "weight" | "value" | "same_value" };

const columns = sql`key, name, hypothesis, target, arms, primary_metric as "primaryMetric", minimum_detectable_effect as "minimumDetectableEffect",
  status, started_at as "startedAt", stopped_at as "stoppedAt", created_by as "createdBy", version`;

/** An experiment's key: 1 to 40 lower-case letters, digits or dashes, not starting or ending with a dash. */
export const experimentKeyPattern = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** Every problem with a definition: at least two and at most four arms, weights adding up to 100, each arm a different option of the target. */
export function checkExperiment(input: ExperimentInput): ExperimentProblem[] {
  const problems: ExperimentProblem[] = [];
  if (!experimentKeyPattern.test(input.key)) problems.push({ field: "key", reason: "invalid" });
  if (!input.name.trim() || input.name.length > 120) problems.push({ field: "name", reason: "invalid" });
  if (!input.hypothesis.trim() || input.hypothesis.length > 1000) problems.push({ field: "hypothesis", reason: "invalid" });
  if (!isTarget(input.target)) problems.push({ field: "target", reason: "invalid" });
  if (input.primaryMetric !== "checkout_conversion" && input.primaryMetric !== "revenue_per_visitor") problems.push({ field: "primaryMetric", reason: "invalid" });
  if (!Number.isSafeInteger(input.minimumDetectableEffect) || input.minimumDetectableEffect < 100 || input.minimumDetectableEffect > 10_000) {
    problems.push({ field: "minimumDetectableEffect", reason: "invalid" });
  }
  const { arms } = input;
  if (arms.length < 2) problems.push({ field: "arms", reason: "too_few" });
  if (arms.length > 4) problems.push({ field: "arms", reason: "too_many" });
  const values = new Set<string>();
  arms.forEach((arm, index) => {
    if (!/^[a-z0-9][a-z0-9-]{0,23}$/.test(arm.key)) problems.push({ field: "arms", index, reason: "key" });
    if (isTarget(input.target) && !isOptionOf(input.target, arm.value)) problems.push({ field: "arms", index, reason: "value" });
    else if (values.has(arm.value)) problems.push({ field: "arms", index, reason: "same_value" });
    values.add(arm.value);
  });
  for (const problem of checkArms(arms)) {
    if (problem.reason === "duplicate_key") problems.push({ field: "arms", index: problem.index, reason: "duplicate" });
    if (problem.reason === "bad_weight") problems.push({ field: "arms", index: problem.index, reason: "weight" });
  }
  const total = arms.reduce((sum, arm) => sum + (Number.isSafeInteger(arm.weight) ? arm.weight : 0), 0);
  if (arms.length >= 2 && total !== 100) problems.push({ field: "arms", reason: "weights_total", total });
  return problems;
}

/** Raw SQL gives timestamps as text on one driver and Dates on the other: always Dates here. */
function withDates<Row extends { startedAt: Date | string | null; stoppedAt: Date | string | null }>(row: Row): Row & { startedAt: Date | null; stoppedAt: Date | null } {
  return { ...row, startedAt: row.startedAt === null ? null : new Date(row.startedAt), stoppedAt: row.stoppedAt === null ? null : new Date(row.stoppedAt) };
}

export async function listExperiments(db: Executor): Promise<(Experiment & { exposures: number })[]> {
  const rows = await queryRows<Experiment & { exposures: number }>(
    db,
    sql`select ${columns}, (select count(*)::int from experiment_exposures x where x.experiment_key = e.key) as exposures
        from experiments e order by case status when 'running' then 0 when 'draft' then 1 else 2 end, created_at desc`,
  );
  return rows.map(withDates);
}

export async function loadExperiment(db: Executor, key: string): Promise<Experiment | null> {
  const [row] = await queryRows<Experiment>(db, sql`select ${columns} from experiments where key = ${key}`);
  return row ? withDates(row) : null;
}

/** The experiment running on `target`, if any (at most one: a unique index). */
export async function runningExperiment(db: Executor, target: ExperimentTarget): Promise<Experiment | null> {
  const [row] = await queryRows<Experiment>(db, sql`select ${columns} from experiments where target = ${target} and status = 'running'`);
  return row ?? null;
}

/** Every running experiment (one per target at most). */
export async function runningExperiments(db: Executor): Promise<Experiment[]> {
  return queryRows<Experiment>(db, sql`select ${columns} from experiments where status = 'running'`);
}

export type SaveResult = { ok: true } | { ok: false; reason: "invalid"; problems: ExperimentProblem[] } | { ok: false; reason: "key_taken" | "not_found" | "not_draft" | "conflict" };

/** Creates an experiment (a draft) or changes a draft; a running or stopped one keeps its definition, so its results mean what they say. */
export async function saveExperiment(
  db: Executor,
  { input, isNew, version, actor, now = new Date() }: { input: ExperimentInput; isNew: boolean; version?: number; actor: Actor; now?: Date },
): Promise<SaveResult> {
  const problems = checkExperiment(input);
  if (problems.length) return { ok: false, reason: "invalid", problems };
  return db.transaction(async (tx) => {
    const [before] = await queryRows<Experiment>(tx, sql`select ${columns} from experiments where key = ${input.key} for update`);
    if (isNew && before) return { ok: false, reason: "key_taken" };
    if (!isNew && !before) return { ok: false, reason: "not_found" };
    if (before && before.status !== "draft") return { ok: false, reason: "not_draft" };
    if (before && version !== before.version) return { ok: false, reason: "conflict" };
    const arms = JSON.stringify(input.arms);
    if (isNew) {
      await tx.execute(sql`insert into experiments (key, name, hypothesis, target, arms, primary_metric, minimum_detectable_effect, created_by, created_at)
        values (${input.key}, ${input.name.trim()}, ${input.hypothesis.trim()}, ${input.target}, ${arms}::jsonb, ${input.primaryMetric}, ${input.minimumDetectableEffect}, ${actor.email}, ${now.toISOString()}::timestamptz)`);
    } else {
      await tx.execute(sql`update experiments set name = ${input.name.trim()}, hypothesis = ${input.hypothesis.trim()}, target = ${input.target}, arms = ${arms}::jsonb,
        primary_metric = ${input.primaryMetric}, minimum_detectable_effect = ${input.minimumDetectableEffect}, version = version + 1 where key = ${input.key}`);
    }
    await recordAudit(tx, { actor, action: isNew ? "experiment.create" : "experiment.update", subjectType: "experiment", subjectId: input.key, before: before ? { ...before } : null, after: { ...input }, at: now });
    return { ok: true };
  });
}

export type StatusResult = { ok: true } | { ok: false; reason: "not_found" | "not_draft" | "not_running" | "target_busy" };

/** Starts a draft (one running experiment per target) or stops a running one for good. */
export async function changeExperimentStatus(db: Executor, { key, to, actor, now = new Date() }: { key: string; to: "running" | "stopped"; actor: Actor; now?: Date }): Promise<StatusResult> {
  return db.transaction(async (tx) => {
    const [before] = await queryRows<Experiment>(tx, sql`select ${columns} from experiments where key = ${key} for update`);
    if (!before) return { ok: false, reason: "not_found" };
    if (to === "running" && before.status !== "draft") return { ok: false, reason: "not_draft" };
    if (to === "stopped" && before.status !== "running") return { ok: false, reason: "not_running" };
    if (to === "running") {
      // Locks the target's running row, if any, so two starts on one target cannot both pass.
      const [busy] = await queryRows<{ key: string }>(tx, sql`select key from experiments where target = ${before.target} and status = 'running' for update`);
      if (busy) return { ok: false, reason: "target_busy" };
      // Two starts at once on one target: the unique index lets one through (a savepoint keeps the transaction usable).
      const started = await tx
        .transaction((inner) => inner.execute(sql`update experiments set status = 'running', started_at = ${now.toISOString()}::timestamptz, version = version + 1 where key = ${key}`))
        .then(() => true)
        .catch((error: unknown) => {
          if (String((error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code) === "23505") return false;
          throw error;
        });
      if (!started) return { ok: false, reason: "target_busy" };
    } else {
      await tx.execute(sql`update experiments set status = 'stopped', stopped_at = ${now.toISOString()}::timestamptz, version = version + 1 where key = ${key}`);
    }
    await recordAudit(tx, { actor, action: to === "running" ? "experiment.start" : "experiment.stop", subjectType: "experiment", subjectId: key, before: { status: before.status }, after: { status: to }, at: now });
    return { ok: true };
  });
}

/** The arms a visitor has been shown in the experiments running now ({ experimentKey: armKey }), for the event log. */
export async function shownArms(db: Executor, visitorId: string): Promise<Record<string, string>> {
  const rows = await queryRows<{ key: string; arm: string }>(
    db,
    sql`select x.experiment_key as key, x.arm from experiment_exposures x join experiments e on e.key = x.experiment_key and e.status = 'running' where x.visitor_id = ${visitorId}`,
  );
  return Object.fromEntries(rows.map((row) => [row.key, row.arm]));
}
