import "server-only";
import type { Executor } from "@/db/client";
import { adminAudit } from "@/db/schema";

export interface Actor {
  id: string | null;
  email: string;
}

/** One admin write, recorded in the transaction that made it (a rolled-back write leaves no row). */
export async function recordAudit(
  tx: Executor,
  entry: { actor: Actor; action: string; subjectType: string; subjectId: string; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null; at?: Date },
) {
  const { actor, action, subjectType, subjectId, before = null, after = null, at = new Date() } = entry;
  await tx.insert(adminAudit).values({ actorId: actor.id, actorEmail: actor.email, action, subjectType, subjectId, before, after, at });
}
