import "server-only";
import { getDb } from "@/db";
import { listExperiments, loadExperiment } from "@/lib/experiments/experiments";
import { experimentResults, type TrafficScope } from "@/lib/experiments/results";
import { store } from "@/lib/store/config";

/** The experiments, running ones first, with how many visitors saw each. */
export async function loadExperimentList() {
  return listExperiments(await getDb());
}

/** One experiment with its results (in the store's currency). */
export async function loadExperimentPage(key: string, traffic: TrafficScope) {
  const db = await getDb();
  const experiment = await loadExperiment(db, key);
  if (!experiment) return null;
  return { experiment, results: await experimentResults(db, experiment, { currency: store.currency, traffic }) };
}
