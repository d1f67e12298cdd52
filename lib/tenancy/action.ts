import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import type { FieldsError } from "@/lib/errors";
import { errorState } from "@/lib/forms/errors";
import type { SchemaFor } from "@/lib/forms/fields";
import { echoValues, formValues, parseForm } from "@/lib/forms/parse";
import type { FormState } from "@/lib/forms/state";
import { requestLocaleOr } from "@/lib/i18n/current";
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import type { Actor } from "./actor";
import { findMembershipBySlug } from "./membership";
import { can, type Permission } from "./roles";

/** What a service call may ask of the wrapper after it succeeded. */
export interface ActionOutcome {
  /** A key under `actions` in messages/*.json, shown as the success message. */
  message?: string;
  messageValues?: Record<string, string | number>;
  redirectTo?: string;
  /**
   * A value the page shows once and never again (a new API key, a webhook's signing secret): it
   * reaches only the browser that made it, in this answer.
   */
  secret?: string;
  /**
   * Fields the service could not take while it saved the others (a row of the batch sheet): the
   * page is refreshed as after a success, and the form shows each problem next to its field.
   */
  refused?: FieldsError;
}

function errorOf(locale: AppLocale, code: "signedOut" | "notFound" | "forbidden", values: Record<string, string>): FormState {
  return { status: "error", error: translator(locale, "errors")(code), fieldErrors: {}, values: echoValues(values) };
}

/** Runs the service, then turns its outcome (or failure) into the form's state. */
async function runService(
  locale: AppLocale,
  values: Record<string, string>,
  service: () => Promise<ActionOutcome | void>,
  afterSuccess?: () => void,
): Promise<FormState> {
  let outcome: ActionOutcome | void;
  try {
    outcome = await service();
  } catch (e) {
    return errorState(e, locale, echoValues(values));
  }
  afterSuccess?.();
  if (outcome?.refused) return errorState(outcome.refused, locale, echoValues(values));
  if (outcome?.redirectTo) redirect(outcome.redirectTo);
  const message = outcome?.message ? translator(locale, "actions")(outcome.message, outcome.messageValues) : undefined;
  return { status: "ok", message, ...(outcome?.secret ? { secret: outcome.secret } : {}) };
}

/** The first two checks of every action, in order: a session, then the input against its schema. */
async function signedInInput<S extends z.ZodType>(
  schema: SchemaFor<S>,
  formData: FormData,
): Promise<{ state: FormState } | { locale: AppLocale; values: Record<string, string>; user: SessionUser; data: z.output<S> }> {
  const locale = await requestLocaleOr("en");
  const values = formValues(formData);
  const user = await currentUser();
  if (!user) return { state: errorOf(locale, "signedOut", values) };
  const parsed = parseForm(schema, values, locale);
  if (!parsed.ok) return { state: parsed.state };
  return { locale, values, user, data: parsed.data };
}

/**
 * The one wrapper for every server action of a business. In order: the session, the zod input,
 * the membership in the business named by `slug` (untrusted: it comes from the URL) and its role,
 * and only then the service. A business the user does not belong to is "not found", exactly like
 * one that does not exist.
 */
export function businessAction<S extends z.ZodType>(def: {
  permission: Permission;
  schema: SchemaFor<S>;
  run: (actor: Actor, input: z.output<S>, locale: AppLocale) => Promise<ActionOutcome | void>;
}) {
  return withInputSchema(def.schema, async function action(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
    const start = await signedInInput(def.schema, formData);
    if ("state" in start) return start.state;
    const { locale, values, user, data } = start;
    // A busy database answers "try again" here too, like inside the service.
    const membership = await findMembershipBySlug(user.id, String(slug)).catch((e: unknown) => errorState(e, locale, echoValues(values)));
    if (membership && "status" in membership) return membership;
    if (!membership) return errorOf(locale, "notFound", values);
    if (!can(membership.role, def.permission)) return errorOf(locale, "forbidden", values);
    const actor: Actor = { businessId: membership.businessId, userId: user.id, role: membership.role, slug: membership.slug };
    return runService(locale, values, () => def.run(actor, data, locale), () => revalidatePath(`/b/${membership.slug}`, "layout"));
  });
}

/** The wrapper for actions of the signed-in user that belong to no business (language, profile, new business). */
export function userAction<S extends z.ZodType>(def: {
  schema: SchemaFor<S>;
  run: (user: SessionUser, input: z.output<S>, locale: AppLocale) => Promise<ActionOutcome | void>;
}) {
  return withInputSchema(def.schema, async function action(_prev: FormState, formData: FormData): Promise<FormState> {
    const start = await signedInInput(def.schema, formData);
    if ("state" in start) return start.state;
    const { locale, values, user, data } = start;
    return runService(locale, values, () => def.run(user, data, locale));
  });
}

/**
 * The action with the schema it validates its input with, readable by the tests (the property test
 * over every input schema finds every action's this way). Not part of what the browser calls.
 */
function withInputSchema<F extends (...args: never[]) => unknown>(schema: SchemaFor<z.ZodType>, action: F): F & { inputSchema: SchemaFor<z.ZodType> } {
  return Object.assign(action, { inputSchema: schema });
}
