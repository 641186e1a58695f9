"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { ChatAnswer } from "./use-chat";
import { newClientId } from "./client-id";
import { imageProblem, imageTypes, maxImageMegabytes } from "./image-rules";
import { useProblemText, type ChatProblem } from "./problem-text";

/**
 * "Attach an image": the file's type and size are checked here first; the server's own answer
 * (the image is unreadable, too many uploads…) is shown next to the field. Chosen, it is sent.
 */
export function ImageAttach({ maxLength, upload }: { maxLength: number; upload: (file: File, clientId: string) => Promise<ChatAnswer> }) {
  const t = useTranslations("chat.image");
  const format = useFormatter();
  const problemText = useProblemText(maxLength);
  const [problem, setProblem] = useState<ChatProblem | null>(null);
  const [pending, setPending] = useState(false);
  // The same file chosen again after a failure is the same upload.
  const attempt = useRef<{ file: string; id: string } | null>(null);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file || pending) return;
    const refused = imageProblem(file);
    if (refused) {
      setProblem({ problem: refused });
      input.value = "";
      return;
    }
    const key = `${file.name}:${file.size}:${file.lastModified}`;
    const id = attempt.current?.file === key ? attempt.current.id : newClientId();
    attempt.current = { file: key, id };
    setProblem(null);
    setPending(true);
    const answer = await upload(file, id);
    setPending(false);
    input.value = "";
    if (answer.ok) attempt.current = null;
    else setProblem(answer);
  };

  const described = problem ? "chat-image-hint chat-image-error" : "chat-image-hint";
  return (
    <div className="min-w-0 flex-1 space-y-1">
      <label className="btn-secondary cursor-pointer has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand">
        <input
          type="file"
          name="image"
          accept={imageTypes.join(",")}
          aria-describedby={described}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => void choose(event.currentTarget)}
          className="sr-only"
        />
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.8">
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <circle cx="9" cy="10" r="1.6" />
          <path d="m4 18 5-5 3 3 3-3 5 5" strokeLinejoin="round" />
        </svg>
        {t("attach")}
      </label>
      <p id="chat-image-hint" className="text-xs text-muted">
        {t("hint", { size: format.number(maxImageMegabytes, { style: "unit", unit: "megabyte", unitDisplay: "long" }) })}
      </p>
      <p aria-live="polite" className="text-sm text-muted">
        {pending ? t("uploading") : ""}
      </p>
      {problem ? (
        <p id="chat-image-error" role="alert" className="text-sm text-sale">
          {problemText(problem, "image")}
        </p>
      ) : null}
    </div>
  );
}
