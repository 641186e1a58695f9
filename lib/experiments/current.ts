import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isbot } from "isbot";
import { getDb } from "@/db";
import { isVisitorId, visitorCookie } from "@/lib/visitor/cookie";
import { assignArm } from "./assignment";
import { runningExperiments } from "./experiments";
import type { ExperimentTarget, TargetOption } from "./targets";

/** The running experiments, read once per request however many elements ask. */
const runningNow = cache(async () => runningExperiments(await getDb()));

export interface ShownArm<Target extends ExperimentTarget> {
  experimentKey: string;
  arm: string;
  value: TargetOption<Target>;
}

/**
 * The arm of the experiment running on `target` for this request's visitor, or null: no experiment
 * runs there, the visitor id is missing or not one the store issued (a tampered cookie is never
 * assigned), or the request is a bot's. Read per request (one indexed row), so starting or stopping
 * an experiment shows on the next request on every instance; only pages rendered per request (or
 * their streamed parts) call it, so no cached page ever holds an arm.
 */
export async function armFor<Target extends ExperimentTarget>(target: Target): Promise<ShownArm<Target> | null> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const visitorId = cookieStore.get(visitorCookie.name)?.value;
  // The store's own tests run headless browsers that look like bots; they say so and take part.
  if (!isVisitorId(visitorId) || (isbot(headerStore.get("user-agent")) && headerStore.get("x-store-traffic") !== "test")) return null;
  try {
    const experiment = (await runningNow()).find((candidate) => candidate.target === target);
    if (!experiment) return null;
    const armKey = assignArm(experiment.key, visitorId, experiment.arms);
    const arm = experiment.arms.find((candidate) => candidate.key === armKey)!;
    return { experimentKey: experiment.key, arm: arm.key, value: arm.value as TargetOption<Target> };
  } catch (error) {
    // The page shows what it shows without an experiment.
    console.error(`[experiments] no arm for ${target}:`, error);
    return null;
  }
}
