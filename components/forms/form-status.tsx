import type { FormState } from "@/lib/forms/state";
import { Alert } from "@/components/ui/alert";

/** The form-level message of a FormState: the error sentence, or the success message. */
export function FormStatus({ state }: { state: FormState }) {
  if (state.status === "error") return <Alert tone="error">{state.error}</Alert>;
  if (state.status === "ok" && state.message) return <Alert tone="success">{state.message}</Alert>;
  return null;
}

/** The value to show in a field after a failed submit, so nothing typed is lost. */
export function kept(state: FormState, name: string, fallback = ""): string {
  return state.status === "error" ? (state.values[name] ?? fallback) : fallback;
}

export function fieldError(state: FormState, name: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[name] : undefined;
}
