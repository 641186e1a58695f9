import "server-only";
import { getTranslations } from "next-intl/server";
import type { ExperimentFormText } from "@/components/admin/experiment-form";
import type { Locale } from "@/lib/i18n/locales";
import { experimentTargets, maxArms, targetNames } from "@/lib/experiments/targets";

/** The experiment form's words in `locale`. */
export async function experimentFormText(locale: Locale, { title, submit }: { title: string; submit: string }): Promise<ExperimentFormText> {
  const t = await getTranslations({ locale, namespace: "admin.experiments" });
  const rows = Array.from({ length: maxArms }, (_, row) => row + 1);
  return {
    title,
    key: t("form.key"),
    keyHint: t("form.keyHint"),
    name: t("form.name"),
    hypothesis: t("form.hypothesis"),
    hypothesisHint: t("form.hypothesisHint"),
    target: t("form.target"),
    targets: Object.fromEntries(targetNames.map((target) => [target, t(`targets.${target}.name`)])),
    options: Object.fromEntries(targetNames.flatMap((target) => experimentTargets[target].map((option) => [`${target}.${option}`, t(`targets.${target}.options.${option}` as "targets.place_order_button.options.placeOrder")]))),
    arms: t("form.arms"),
    armsHint: t("form.armsHint"),
    armKey: rows.map((row) => t("form.armKey", { row })),
    armValue: rows.map((row) => t("form.armValue", { row })),
    armWeight: rows.map((row) => t("form.armWeight", { row })),
    primaryMetric: t("form.primaryMetric"),
    metrics: { checkout_conversion: t("metrics.checkout_conversion"), revenue_per_visitor: t("metrics.revenue_per_visitor") },
    minimumDetectableEffect: t("form.minimumDetectableEffect"),
    minimumDetectableEffectHint: t("form.minimumDetectableEffectHint"),
    submit,
  };
}
