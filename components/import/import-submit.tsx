import { Button } from "@/components/ui/button";
import { ProgressBar } from "./progress-bar";

/** The button that sends the import, replaced by a waiting bar while the server works. */
export function ImportSubmit({ pending, progress, label, disabled, testId, onSubmit }: { pending: boolean; progress: string; label: string; disabled: boolean; testId: string; onSubmit: () => void }) {
  if (pending) return <ProgressBar label={progress} />;
  return (
    <Button onClick={onSubmit} disabled={disabled} data-testid={testId}>
      {label}
    </Button>
  );
}
