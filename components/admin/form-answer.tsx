import type { AdminFormState } from "@/lib/admin/form-state";

/** An admin form's answer beside it: read out politely when done, as an alert when something is wrong, empty before. */
export function FormAnswer({ state }: { state: AdminFormState }) {
  return (
    <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "text-sale" : "text-ok"}>
      {state.status === "idle" ? "" : state.message}
    </p>
  );
}
