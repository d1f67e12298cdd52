import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { getContact } from "@/lib/contacts/contacts";
import { addressFormOptions } from "@/lib/addresses";
import { isAppError } from "@/lib/errors";
import { requestLocaleOr } from "@/lib/i18n/current";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { ContactForm } from "@/components/contacts/contact-form";
import { deleteContactAction } from "../actions";
import { ActionButton } from "@/components/forms/action-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts"))("editTitle") };
}

export default async function ContactPage({ params }: { params: Promise<{ business: string; id: string }> }) {
  const { business, id } = await params;
  const actor = await requireActor(business);
  const t = await getTranslations("contacts");
  const options = addressFormOptions(await requestLocaleOr("en"));
  const contact = await getContact(actor, id).catch((e: unknown) => {
    if (isAppError(e) && e.code === "notFound") notFound();
    throw e;
  });
  const editable = can(actor.role, "addressBook.edit");
  const name = contact.name || contact.company || "";
  return (
    <div className="space-y-6">
      <Link href={`/b/${actor.slug}/contacts`} className="text-sm text-brand-700 underline">{t("back")}</Link>
      <PageHeader title={name} />
      <Card>
        {editable ? (
          <ContactForm
            slug={actor.slug}
            {...options}
            initial={{
              id: contact.id,
              name: contact.name,
              company: contact.company ?? "",
              line1: contact.line1,
              line2: contact.line2 ?? "",
              city: contact.city,
              province: contact.province ?? "",
              postalCode: contact.postalCode ?? "",
              country: contact.country,
              phone: contact.phone ?? "",
              email: contact.email ?? "",
              notes: contact.notes ?? "",
              tags: contact.tags.join(", "),
              taxId: contact.taxId ?? "",
            }}
          />
        ) : (
          <address className="text-sm not-italic">
            <div>{[contact.name, contact.company].filter(Boolean).join(", ")}</div>
            <div>{[contact.line1, contact.line2].filter(Boolean).join(", ")}</div>
            <div>{[contact.city, contact.province, contact.postalCode].filter(Boolean).join(" ")}</div>
            <div>{contact.country}</div>
            <div>{[contact.phone, contact.email].filter(Boolean).join(" · ")}</div>
          </address>
        )}
      </Card>
      {editable && (
        <Card title={t("deleteTitle")}>
          <ActionButton action={deleteContactAction} slug={actor.slug} fields={{ id: contact.id }} label={t("delete")} confirm={t("confirmDelete", { name })} className="items-start" />
        </Card>
      )}
    </div>
  );
}
