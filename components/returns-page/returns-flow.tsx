"use client";

import { useActionState } from "react";
import { returnsPageAction } from "@/app/returns/[business]/actions";
import { formKey } from "@/lib/forms/form-key";
import type { FormState } from "@/lib/forms/state";
import { RETURNS_PAGE_IDLE } from "@/lib/returns-page/page-state";
import { OrderLookupForm } from "./order-lookup-form";
import { ReturnRequestForm } from "./return-request-form";
import { ReturnResult } from "./return-result";

/** The page's steps on one action: find the order, choose what comes back, then the result. Works without JavaScript. */
export function ReturnsFlow({ slug, businessName }: { slug: string; businessName: string }) {
  const [state, action] = useActionState(returnsPageAction.bind(null, slug), RETURNS_PAGE_IDLE);
  // Errors share FormState's shape, so the usual helpers (kept values, field errors) read them.
  const form: FormState = state.status === "error" ? state : { status: "idle" };
  // A new key for each answer: the form remounts with the kept values (see lib/forms/form-key.ts).
  const key = formKey(state as FormState);
  if (state.status === "issued" || state.status === "requested") return <ReturnResult state={state} businessName={businessName} />;
  const order = state.status === "found" ? state.order : state.status === "error" ? state.order : null;
  if (order) return <ReturnRequestForm key={key} action={action} order={order} form={form} slug={slug} businessName={businessName} />;
  return <OrderLookupForm key={key} action={action} form={form} />;
}
