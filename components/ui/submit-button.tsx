"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes } from "react";
import { Button } from "./button";

/** A submit button that disables itself while its form is being sent (no double submits). */
export function SubmitButton({
  pendingLabel,
  children,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: "primary" | "secondary" | "danger" | "ghost" }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-disabled={pending} {...props}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
