import "server-only";
import type { AdminWords } from "./form-state";
import type { MethodProblem, Problem, PromotionProblem, WarehouseProblem, ZoneProblem } from "./pricing-checks";

type AnyProblem = ZoneProblem | MethodProblem | WarehouseProblem | PromotionProblem;
type Reason = AnyProblem["reason"];

/** A problem in the staff member's words, naming the offending values where there are some. */
export function problemMessage(t: AdminWords, problem: Problem<string, Reason>): string {
  const values = problem.values ?? [];
  switch (problem.reason) {
    case "bad_country":
      return t("pricing.errors.bad_country", { codes: values.join(", ") });
    case "duplicate_country":
      return t("pricing.errors.duplicate_country", { codes: values.join(", ") });
    case "country_taken":
      // "DE:europe" → "DE (europe)".
      return t("pricing.errors.country_taken", { list: values.map((value) => value.replace(/^(\w+):(.*)$/, "$1 ($2)")).join(", ") });
    case "unknown_category":
      return t("pricing.errors.unknown_category", { slugs: values.join(", ") });
    default:
      return t(`pricing.errors.${problem.reason}`);
  }
}

/**
 * The problems as a form's field errors (the first problem of each field). `fieldOf` names the
 * form field a problem belongs to where it is not the problem's own field (a tier's row).
 */
export function problemFields<P extends Problem<string, Reason>>(t: AdminWords, problems: P[], fieldOf: (problem: P) => string = (problem) => problem.field): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const problem of problems) {
    const field = fieldOf(problem);
    fields[field] ??= problemMessage(t, problem);
  }
  return fields;
}
