"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** A list to pick one value from and the button that applies it (a service, a template, a column to fill down). */
export function PickAndApply<V extends string>(props: {
  id: string;
  label: string;
  options: { value: V; label: string }[];
  /** The value picked at first (the first option otherwise). */
  initial?: V;
  action: string;
  busy: boolean;
  onApply: (value: V) => void;
  describedBy?: string;
}) {
  const [value, setValue] = useState<V>(props.initial ?? props.options[0]!.value);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={props.id} className="sr-only">
        {props.label}
      </label>
      <select id={props.id} value={value} onChange={(e) => setValue(e.target.value as V)} className="rounded-md bg-white px-2 py-1.5 text-sm ring-1 ring-zinc-300">
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Button variant="secondary" aria-disabled={props.busy || undefined} aria-describedby={props.describedBy} onClick={() => props.onApply(value)}>
        {props.action}
      </Button>
    </div>
  );
}
