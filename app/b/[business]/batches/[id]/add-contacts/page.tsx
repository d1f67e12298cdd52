import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { batchView } from "@/lib/batches/batch-view";
import { MAX_BATCH_SHIPMENTS } from "@/lib/batches/limits";
import { listContacts } from "@/lib/contacts/contacts";
import { contactQuerySchema } from "@/lib/contacts/schemas";
import { SEARCH_LIMITS } from "@/lib/forms/limits";
import { isAppError } from "@/lib/errors";
import { requestLocaleOr } from "@/lib/i18n/current";
import { requireActor } from "@/lib/tenancy/page";
import { AddContactsForm } from "@/components/batches/add-contacts-form";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("batches"))("addFromContacts") };
}

/** Pick address-book contacts (search, several pages) to add as rows of a draft batch. */
export default async function AddContactsPage({ params, searchParams }: { params: Promise<{ business: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { business, id } = await params;
  const actor = await requireActor(business);
  const t = await getTranslations("batches");
  const locale = await requestLocaleOr("en");
  const view = await batchView(actor, id, locale, "METRIC").catch((e: unknown) => {
    if (isAppError(e) && e.code === "notFound") notFound();
    throw e;
  });
  const search = await searchParams;
  // A search the page did not make (too long, a page like 1e9) shows the first page of every contact.
  const parsed = contactQuerySchema.safeParse({ q: typeof search.q === "string" ? search.q : "", page: typeof search.page === "string" ? search.page : "" });
  const query = parsed.success ? parsed.data : contactQuerySchema.parse({});
  const { q, page } = query;
  const { rows, pages } = await listContacts(actor, query);
  const room = MAX_BATCH_SHIPMENTS - view.rows.length;
  const back = `/b/${actor.slug}/batches/${id}`;
  return (
    <div className="space-y-6">
      <div>
        <Link href={back} className="text-sm text-brand-700 underline">
          {t("backToBatch", { number: view.batch.number })}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{t("addFromContacts")}</h1>
        <p className="mt-1 text-sm text-zinc-600">{t("addFromContactsLead", { room })}</p>
      </div>
      <Card>
        <form method="get" className="mb-4 flex gap-2" role="search">
          <label htmlFor="contacts-q" className="sr-only">
            {t("searchContacts")}
          </label>
          <input id="contacts-q" name="q" maxLength={SEARCH_LIMITS.q} defaultValue={q} placeholder={t("searchContacts")} className="w-72 rounded-md px-3 py-2 text-sm ring-1 ring-zinc-300" />
          <button type="submit" className="rounded-md bg-white px-3 py-2 text-sm font-semibold ring-1 ring-zinc-300">
            {t("search")}
          </button>
        </form>
        <AddContactsForm
          slug={actor.slug}
          batchId={id}
          room={room}
          contacts={rows.map((c) => ({ id: c.id, name: c.name, company: c.company, city: c.city, province: c.province, postalCode: c.postalCode, country: c.country }))}
        />
        {pages > 1 && (
          <nav className="mt-4 flex gap-3 text-sm" aria-label={t("pages")}>
            {page > 1 && <Link href={`?q=${encodeURIComponent(q)}&page=${page - 1}`}>{t("previous")}</Link>}
            <span>{t("pageOf", { page, pages })}</span>
            {page < pages && <Link href={`?q=${encodeURIComponent(q)}&page=${page + 1}`}>{t("next")}</Link>}
          </nav>
        )}
      </Card>
    </div>
  );
}
