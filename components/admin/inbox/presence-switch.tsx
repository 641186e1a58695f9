"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { presenceHeartbeat, setMyPresence, type InboxProblem } from "@/lib/chat/inbox-actions";

/** While the inbox is open it tells the store every 30 s that its staff member is still there. */
const heartbeatMs = 30_000;

/**
 * "Your status": online (shoppers are promised a person now) or away (they are asked for an email
 * to be answered by). The heartbeat keeps "online" true while this page is open; closed, the
 * staff member counts as away after two minutes whatever they chose.
 */
export function PresenceSwitch({ status, online }: { status: "online" | "away"; online: number }) {
  const t = useTranslations("admin.inbox");
  const [chosen, setChosen] = useState(status);
  const [problem, setProblem] = useState<InboxProblem | "failed" | null>(null);
  const [pending, startTransition] = useTransition();
  // Another tab or device changed it: the server's answer wins once nothing is pending here.
  const shown = pending ? chosen : status;

  useEffect(() => {
    const beat = () => void presenceHeartbeat().catch(() => {});
    beat();
    const timer = setInterval(beat, heartbeatMs);
    const onShow = () => {
      if (document.visibilityState === "visible") beat();
    };
    document.addEventListener("visibilitychange", onShow);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onShow);
    };
  }, []);

  const choose = (next: "online" | "away") => {
    setChosen(next);
    setProblem(null);
    startTransition(async () => {
      try {
        const result = await setMyPresence(next);
        if (!result.ok) setProblem(result.problem);
      } catch {
        setProblem("failed");
      }
    });
  };

  return (
    <fieldset className="space-y-1" aria-describedby="inbox-presence-note">
      <legend className="font-semibold">{t("presence.legend")}</legend>
      <div className="flex flex-wrap gap-x-4">
        {(["online", "away"] as const).map((value) => (
          <label key={value} className="inline-flex min-h-11 cursor-pointer items-center gap-2">
            <input type="radio" name="inbox-presence" value={value} checked={shown === value} onChange={() => choose(value)} className="size-5 accent-brand" />
            <span className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${value === "online" ? "bg-ok" : "bg-muted"}`} />
              {t(`presence.${value}`)}
            </span>
          </label>
        ))}
      </div>
      <p id="inbox-presence-note" className="text-sm text-muted">
        {t(shown === "online" ? "presence.onlineNote" : "presence.awayNote")} {t("presence.staffOnline", { count: online })}
      </p>
      {problem ? (
        <p role="alert" className="text-sm text-sale">
          {t(`problems.${problem}`, { max: 0 })}
        </p>
      ) : null}
    </fieldset>
  );
}
