"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createWebhookEndpointAction, updateWebhookEndpointAction } from "@/app/b/[business]/developers/webhooks/actions";
import { formKey } from "@/lib/forms/form-key";
import { IDLE } from "@/lib/forms/state";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { fieldError, kept } from "@/components/forms/form-status";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { WebhookSecret } from "./webhook-secret";

const URL_MAX = 2000;
const DESCRIPTION_MAX = 200;

/** An endpoint as saved, to change it. */
export interface SavedEndpoint {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  mode: "LIVE" | "TEST";
}

/**
 * Adds a webhook endpoint, or with `endpoint` changes one: its URL, a description, the events it
 * receives (kept in one hidden field as a comma-separated list) and whether they are the live ones
 * or those of test API keys. On adding, the signing secret is
 * shown this once, with the reminder to copy it.
 */
export function WebhookEndpointForm({ slug, endpoint }: { slug: string; endpoint?: SavedEndpoint }) {
  const t = useTranslations("webhooks");
  const [state, formAction] = useActionState((endpoint ? updateWebhookEndpointAction : createWebhookEndpointAction).bind(null, slug), IDLE);
  const initial = kept(state, "events", (endpoint?.events ?? WEBHOOK_EVENT_TYPES).join(","));
  const title = endpoint ? t("edit.title") : t("add.title");
  const idPrefix = endpoint ? "webhook-edit" : "webhook";
  const [chosen, setChosen] = useState<string[]>(initial.split(",").filter(Boolean));
  const eventsError = fieldError(state, "events");
  const mode = kept(state, "mode", endpoint?.mode ?? "LIVE");
  return (
    <form key={formKey(state)} action={formAction} className="space-y-4" noValidate aria-label={title}>
      {state.status === "error" && <Alert tone="error">{state.error}</Alert>}
      {state.status === "ok" && state.message && <Alert tone="success">{state.message}</Alert>}
      {state.status === "ok" && state.secret && <WebhookSecret secret={state.secret} />}
      {endpoint && <input type="hidden" name="id" value={endpoint.id} />}
      <TextField id={`${idPrefix}-url`} name="url" type="url" label={t("add.url")} hint={t("add.urlHelp")} defaultValue={kept(state, "url", endpoint?.url ?? "")} error={fieldError(state, "url")} maxLength={URL_MAX} autoComplete="off" />
      <TextField id={`${idPrefix}-description`} name="description" label={t("add.description")} defaultValue={kept(state, "description", endpoint?.description ?? "")} error={fieldError(state, "description")} maxLength={DESCRIPTION_MAX} />
      <fieldset aria-describedby={eventsError ? `${idPrefix}-events-error` : undefined}>
        <legend className="text-sm font-medium text-zinc-800">{t("add.events")}</legend>
        <input type="hidden" name="events" value={chosen.join(",")} />
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5"
                checked={chosen.includes(type)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, type] : c.filter((x) => x !== type)))}
              />
              <span>{t(`events.${type.replace(".", "_")}`)}</span>
            </label>
          ))}
        </div>
        {eventsError && (
          <p id={`${idPrefix}-events-error`} className="mt-1 text-sm text-red-700">
            {eventsError}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-zinc-800">{t("add.mode")}</legend>
        <div className="mt-2 space-y-2">
          {(["LIVE", "TEST"] as const).map((value) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input type="radio" name="mode" value={value} defaultChecked={mode === value} className="mt-0.5" />
              <span>
                <span className="font-medium">{t(`modes.${value}`)}</span>
                <span className="block text-zinc-600">{t(`modes.${value}_help`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>{endpoint ? t("edit.submit") : t("add.submit")}</SubmitButton>
    </form>
  );
}
