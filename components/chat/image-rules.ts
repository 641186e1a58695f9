/** The images the chat takes, checked in the browser before the upload (the server checks again: POST /api/chat/images). */
export const imageTypes = ["image/jpeg", "image/png", "image/webp", "image/avif"] as const;
export const maxImageBytes = 10 * 1024 * 1024;
export const maxImageMegabytes = maxImageBytes / (1024 * 1024);

export type ImageProblem = "type" | "too_large" | "empty";

/** Why the browser refuses this file before sending it, or null to send it. */
export function imageProblem(file: { type: string; size: number }): ImageProblem | null {
  if (!(imageTypes as readonly string[]).includes(file.type)) return "type";
  if (file.size === 0) return "empty";
  if (file.size > maxImageBytes) return "too_large";
  return null;
}
