"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { createOpenReturnAction, quoteOpenReturnAction } from "@/app/b/[business]/returns/open/actions";
import { NUMBER_TEXT_MAX } from "@/lib/forms/limits";
import { IDLE, type FormState } from "@/lib/forms/state";
import { FormStatus, fieldError } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

export interface OpenReturnFormProps {
  slug: string;
  units: "METRIC" | "IMPERIAL";
  locations: { id: string; label: string; city: string }[];
  defaultLocationId: string | null;
  services: { code: string; name: string }[];
}

/**
 * A new open return template. "Price per use" asks the server for the price of one used label
 * without making anything; "Create" makes it (and says the price again). What was typed stays
 * typed through both (the form is sent by hand, so React does not reset it), and is cleared once
 * the template is made.
 */
export function OpenReturnForm({ slug, units, locations, defaultLocationId, services }: OpenReturnFormProps) {
  const t = useTranslations("openReturns.form");
  const [quoteState, quote] = useActionState(quoteOpenReturnAction.bind(null, slug), IDLE);
  const [createState, create] = useActionState(createOpenReturnAction.bind(null, slug), IDLE);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const [last, setLast] = useState<"quote" | "create">("quote");
  const state: FormState = last === "create" ? createState : quoteState;
  useEffect(() => {
    if (createState.status === "ok") form.current?.reset();
  }, [createState]);
  const len = units === "METRIC" ? "cm" : "in";
  const wt = units === "METRIC" ? "kg" : "lb";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter?.getAttribute("value") === "create" ? "create" : "quote";
    setLast(intent);
    const data = new FormData(event.currentTarget);
    startTransition(() => (intent === "create" ? create(data) : quote(data)));
  }

  const number = (name: string, label: string, hint?: string) => (
    <TextField label={label} name={name} id={`open-return-${name}`} inputMode="decimal" maxLength={NUMBER_TEXT_MAX} error={fieldError(state, name)} hint={hint} />
  );
  return (
    <form ref={form} onSubmit={submit} className="space-y-4" noValidate aria-label={t("title")}>
      <FormStatus state={state} />
      <input type="hidden" name="units" value={units} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("location")} name="locationId" id="open-return-location" defaultValue={defaultLocationId ?? locations[0]?.id} error={fieldError(state, "locationId")}>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label} ({l.city})
            </option>
          ))}
        </SelectField>
        <SelectField label={t("service")} name="serviceCode" id="open-return-service" defaultValue="DOM.EP" error={fieldError(state, "serviceCode")}>
          {services.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        {number("length", t("length", { unit: len }))}
        {number("width", t("width", { unit: len }))}
        {number("height", t("height", { unit: len }))}
        {number("weight", t("weight", { unit: wt }))}
      </div>
      <div className="max-w-xs">{number("maxUses", t("maxUses"), t("maxUsesHelp"))}</div>
      <p className="text-sm text-zinc-600">{t("priceHelp")}</p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="quote" variant="secondary" disabled={pending}>
          {t("quote")}
        </Button>
        <Button type="submit" name="intent" value="create" disabled={pending}>
          {pending && last === "create" ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
