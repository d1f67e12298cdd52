"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { saveRowAction } from "@/app/b/[business]/batches/actions";
import type { Option } from "@/lib/addresses/locale";
import { DRAFT_LIMITS, NUMBER_TEXT_MAX } from "@/lib/forms/limits";
import { IDLE, type FormState } from "@/lib/forms/state";
import { gramsToDisplay, mmToDisplay } from "@/lib/rating/measures";
import { SelectField, TextField } from "@/components/ui/field";
import { NotificationsEditor } from "./notifications-editor";
import { ContentsEditor } from "./contents-editor";
import { CustomsEditor } from "./customs-editor";
import { PostOfficePicker } from "./post-office-picker";
import type { SheetContext } from "./sheet-types";

const SAVE_DELAY_MS = 600;
const CHECKBOXES = ["signature", "cardForPickup", "doNotSafeDrop", "leaveAtDoor", "deliverToPostOffice"] as const;
/** The longest value of each field (Canada Post's), so nobody types past it; numbers are typed on a decimal keypad. */
const MAX_LENGTH: Record<string, number> = { ...DRAFT_LIMITS };
const NUMBER = { inputMode: "decimal", maxLength: NUMBER_TEXT_MAX } as const;

/**
 * Every field of one shipment. Saved as the user types (after a short pause), so a draft survives
 * a reload; the page then re-renders with the row's problems from the server, shown next to
 * their fields.
 */
export function RowEditor({ batchId, rowId, initial, problems, ctx }: { batchId: string; rowId: string; initial: Record<string, string>; problems: Record<string, string>; ctx: SheetContext }) {
  const t = useTranslations("batches");
  const tq = useTranslations("rates");
  const [fields, setFields] = useState(initial);
  const [state, setState] = useState<FormState>(IDLE);
  // Typed but not sent yet (the save waits for a pause in typing).
  const [waiting, setWaiting] = useState(false);
  const [saving, startSaving] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(fields);
  const dirty = useRef(false);
  // The fields typed since the last save: only those are sent, so what the server changed
  // meanwhile (a template applied to every row) is kept.
  const changed = useRef(new Set<string>());
  const units = fields.units === "IMPERIAL" ? "IMPERIAL" : "METRIC";

  const save = () => {
    if (!dirty.current) return;
    dirty.current = false;
    setWaiting(false);
    const data = new FormData();
    data.set("batchId", batchId);
    data.set("shipmentId", rowId);
    data.set("units", latest.current.units ?? "METRIC");
    const names = [...changed.current];
    changed.current = new Set();
    // Sizes are read in the form's units: a size sent alone would be read in the wrong ones otherwise.
    for (const k of names) data.set(k, latest.current[k] ?? "");
    data.set("changed", names.join(","));
    startSaving(async () => setState(await saveRowAction(ctx.slug, IDLE, data)));
  };

  const change = (patch: Record<string, string>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    dirty.current = true;
    for (const k of Object.keys(patch)) changed.current.add(k);
    setWaiting(true);
    setFields(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(save, SAVE_DELAY_MS);
  };

  // Leaving the page (or closing the row) saves what was typed last.
  useEffect(() => () => {
    clearTimeout(timer.current);
    save();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // What the last save could not take, then the row's problems from the server.
  const refused = state.status === "error" ? state.fieldErrors : {};
  const error = (name: string) => refused[name] ?? problems[name];
  const text = (name: string, label: string, extra: Partial<React.InputHTMLAttributes<HTMLInputElement>> = {}) => (
    <TextField label={label} name={name} id={`${rowId}-${name}`} value={fields[name] ?? ""} onChange={(e) => change({ [name]: e.target.value })} error={error(name)} maxLength={MAX_LENGTH[name]} {...extra} />
  );
  const select = (name: string, label: string, options: readonly Option[], empty?: string) => (
    <SelectField label={label} name={name} id={`${rowId}-${name}`} value={fields[name] ?? ""} onChange={(e) => change({ [name]: e.target.value })} error={error(name)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
  const country = fields.country || "CA";
  const len = units === "METRIC" ? "cm" : "in";
  const wt = units === "METRIC" ? "kg" : "lb";

  const applyTemplate = (id: string) => {
    const tpl = ctx.templates.find((x) => x.id === id);
    if (!tpl) return change({ templateId: id });
    change({
      templateId: id,
      length: String(mmToDisplay(tpl.lengthMm, units)),
      width: String(mmToDisplay(tpl.widthMm, units)),
      height: String(mmToDisplay(tpl.heightMm, units)),
      weight: fields.weight || String(gramsToDisplay(tpl.weightGrams, units)),
    });
  };

  return (
    <div className="space-y-5" role="group" aria-label={t("rowEditor", { position: initial.position ?? "" })}>
      <p className="text-xs text-zinc-500" aria-live="polite" data-testid="save-state">
        {waiting ? t("unsaved") : saving ? t("saving") : state.status === "ok" ? t("saved") : state.status === "error" ? state.error : ""}
      </p>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">{t("from")}</legend>
        {select("locationId", t("shipFrom"), ctx.locations.map((l) => ({ value: l.id, label: `${l.label} (${l.postalCode})` })), t("chooseLocation"))}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">{t("recipient")}</legend>
        {text("name", t("name"), { autoComplete: "off" })}
        {text("company", t("company"))}
        {select("country", t("country"), ctx.countries)}
        {text("line1", t("line1"))}
        {text("line2", t("line2"))}
        {text("city", t("city"))}
        {country === "CA" ? select("province", t("province"), ctx.provinces, t("choose")) : country === "US" ? select("province", t("state"), ctx.states, t("choose")) : text("province", t("region"))}
        {text("postalCode", country === "US" ? t("zip") : t("postalCode"))}
        {text("phone", t("phone"), { type: "tel" })}
        {text("email", t("email"), { type: "email" })}
        {country !== "CA" && text("taxId", t("recipientTaxId"))}
        {!fields.contactId && (
          <label className="flex items-center gap-2 self-end text-sm">
            <input type="checkbox" checked={fields.saveContact === "on"} onChange={(e) => change({ saveContact: e.target.checked ? "on" : "" })} className="size-4 rounded border-zinc-300" />
            {t("saveContact")}
          </label>
        )}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold">{t("parcel")}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {ctx.templates.length > 0 && (
            <SelectField label={tq("template")} name="templateId" id={`${rowId}-templateId`} value={fields.templateId ?? ""} onChange={(e) => applyTemplate(e.target.value)}>
              <option value="">{tq("noTemplate")}</option>
              {ctx.templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <div className="grid gap-4 sm:grid-cols-4">
          {text("length", tq("length", { unit: len }), NUMBER)}
          {text("width", tq("width", { unit: len }), NUMBER)}
          {text("height", tq("height", { unit: len }), NUMBER)}
          {text("weight", tq("weight", { unit: wt }), NUMBER)}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold">{tq("options")}</legend>
        {error("options") && (
          <p className="text-sm text-brand-700" role="alert">
            {error("options")}
          </p>
        )}
        <div className="grid gap-2 sm:grid-cols-3">
          {CHECKBOXES.map((name) => (
            <label key={name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={fields[name] === "on"} onChange={(e) => change({ [name]: e.target.checked ? "on" : "" })} className="size-4 rounded border-zinc-300" />
              {tq(name)}
            </label>
          ))}
          {country === "CA" && (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={fields.includeReturnLabel === "on"} onChange={(e) => change({ includeReturnLabel: e.target.checked ? "on" : "" })} className="size-4 rounded border-zinc-300" />
              {t("includeReturnLabel")}
            </label>
          )}
        </div>
        {fields.deliverToPostOffice === "on" && (
          <PostOfficePicker
            slug={ctx.slug}
            rowId={rowId}
            postalCode={fields.postalCode ?? ""}
            value={fields.postOfficeId ?? ""}
            label={fields.postOfficeLabel ?? ""}
            onChange={(id) => change({ postOfficeId: id })}
            error={error("postOffice")}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-3">
          {text("coverage", tq("coverage"), NUMBER)}
          {text("cod", tq("cod"), NUMBER)}
          {select("proofOfAge", tq("proofOfAge"), [{ value: "18", label: tq("proofOfAge18") }, { value: "19", label: tq("proofOfAge19") }], tq("proofOfAgeNone"))}
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("references")}</legend>
        {text("reference1", t("reference1"))}
        {text("reference2", t("reference2"))}
      </fieldset>
      <ContentsEditor rowId={rowId} fields={fields} onChange={change} problems={{ ...problems, ...refused }} />
      <NotificationsEditor rowId={rowId} value={fields.notifications ?? "[]"} onChange={(v) => change({ notifications: v })} problems={{ ...problems, ...refused }} />
      {country !== "CA" && (
        <CustomsEditor
          rowId={rowId}
          fields={fields}
          countries={ctx.countries}
          onChange={change}
          problems={{ ...problems, ...refused }}
        />
      )}
    </div>
  );
}
