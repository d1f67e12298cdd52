import type { FormState } from "@/lib/forms/state";
import { Alert } from "@/components/ui/alert";

/** The import action's refusal: its sentence, then each other message it gave (one per field). */
export function ActionError({ state }: { state: FormState }) {
  if (state.status !== "error") return null;
  const details = Object.values(state.fieldErrors).filter((m) => m !== state.error);
  return (
    <Alert tone="error">
      <p>{state.error}</p>
      {details.map((m) => (
        <p key={m} className="mt-1">
          {m}
        </p>
      ))}
    </Alert>
  );
}
