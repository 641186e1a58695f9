import type { AdminWords } from "@/lib/admin/form-state";
import { maxUploadBytes } from "./process";
import type { EncodeFailure } from "./process";

/** What to say next to an upload field about a file that was refused. */
export function uploadProblem(reason: EncodeFailure["reason"], t: AdminWords): string {
  if (reason === "too_large") return t("images.errors.tooLarge", { max: maxUploadBytes / 1024 / 1024 });
  if (reason === "type") return t("images.errors.type");
  if (reason === "unreadable") return t("images.errors.unreadable");
  return t("images.errors.empty");
}
