import { store } from "@/lib/store/config";

/** Which surveys the merchant runs (G3). Both are on unless `store.surveys` in lib/store/config.ts turns one off. */
export interface SurveySettings {
  /** The one-question exit survey on the cart and checkout, in the exit-intent moment. */
  exit: boolean;
  /** "How easy was checkout?" (Customer Effort Score) on the order confirmation. */
  effort: boolean;
}

export const defaultSurveySettings: SurveySettings = { exit: true, effort: true };

/** Reads `store.surveys` when the config has it (`surveys: { exit: true, effort: true }`); a missing or non-boolean switch stays on. */
export function surveySettings(config: unknown = store): SurveySettings {
  const surveys = config && typeof config === "object" && "surveys" in config ? (config as { surveys?: unknown }).surveys : undefined;
  const read = (name: keyof SurveySettings) => {
    const value = surveys && typeof surveys === "object" ? (surveys as Record<string, unknown>)[name] : undefined;
    return typeof value === "boolean" ? value : defaultSurveySettings[name];
  };
  return { exit: read("exit"), effort: read("effort") };
}
