"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { addContactsAction } from "@/app/b/[business]/batches/actions";
import { IDLE } from "@/lib/forms/state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";

interface ContactRow {
  id: string;
  name: string;
  company: string | null;
  city: string;
  province: string | null;
  postalCode: string | null;
  country: string;
}

/** Contacts with a checkbox each; the chosen ones become rows of the batch, in the order shown. */
export function AddContactsForm({ slug, batchId, room, contacts }: { slug: string; batchId: string; room: number; contacts: ContactRow[] }) {
  const t = useTranslations("batches");
  const [state, action] = useActionState(addContactsAction.bind(null, slug), IDLE);
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)));
  const allOn = contacts.length > 0 && contacts.every((c) => chosen.includes(c.id));
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="contactIds" value={chosen.join(",")} />
      <FormStatus state={state} />
      {contacts.length === 0 ? (
        <p className="text-sm text-zinc-500">{t("noContactsFound")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-200 text-zinc-600">
            <tr>
              <th scope="col" className="w-10 py-2">
                <input type="checkbox" aria-label={t("selectAllShown")} checked={allOn} onChange={(e) => setChosen(e.target.checked ? [...new Set([...chosen, ...contacts.map((c) => c.id)])] : chosen.filter((id) => !contacts.some((c) => c.id === id)))} />
              </th>
              <th scope="col" className="py-2 font-medium">{t("name")}</th>
              <th scope="col" className="py-2 font-medium">{t("city")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {contacts.map((c) => (
              <tr key={c.id}>
                <td className="py-2">
                  <input type="checkbox" aria-label={t("selectContact", { name: c.name })} checked={chosen.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                </td>
                <td className="py-2">
                  {c.name}
                  {c.company && <span className="text-zinc-500"> · {c.company}</span>}
                </td>
                <td className="py-2 text-zinc-600">{[c.city, c.province, c.postalCode, c.country !== "CA" ? c.country : ""].filter(Boolean).join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen.length > room && <p className="text-sm text-brand-700">{t("tooManyChosen", { room })}</p>}
      <SubmitButton disabled={chosen.length === 0 || chosen.length > room}>{t("addChosen", { count: chosen.length })}</SubmitButton>
    </form>
  );
}
