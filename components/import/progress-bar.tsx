import { useId } from "react";

/**
 * A labelled progress bar: determinate when `value` and `max` are known (rows read, rows
 * checked), indeterminate while waiting on the server. The label is announced politely; the
 * running count is not (it would flood a screen reader), the bar itself carries the value.
 */
export function ProgressBar({ label, value, max, detail }: { label: string; value?: number; max?: number; detail?: string }) {
  const id = useId();
  return (
    <div className="space-y-1.5" data-testid="import-progress">
      <div role="status" className="text-sm font-medium text-zinc-800">
        <label htmlFor={id}>{label}</label>
      </div>
      <progress
        id={id}
        value={value}
        max={max}
        className="block h-2 w-full appearance-none overflow-hidden rounded-full bg-zinc-200 [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-zinc-200 [&::-webkit-progress-value]:bg-brand-700"
      />
      {detail && <p className="text-xs text-zinc-600">{detail}</p>}
    </div>
  );
}
