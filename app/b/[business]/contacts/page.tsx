import Link from "next/link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { countryName } from "@/lib/addresses";
import { contactFilters, listContacts } from "@/lib/contacts/contacts";
import { contactQuerySchema, type ContactQuery } from "@/lib/contacts/schemas";
import { requestLocaleOr } from "@/lib/i18n/current";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contacts"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

function href(slug: string, query: ContactQuery, changes: Partial<ContactQuery>) {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(next)) if (v !== "" && v !== undefined && !(k === "page" && v === 1)) params.set(k, String(v));
  return `/b/${slug}/contacts?${params.toString()}`;
}

export default async function ContactsPage({ params, searchParams }: { params: Promise<{ business: string }>; searchParams: Promise<Search> }) {
  const actor = await requireActor((await params).business);
  const t = await getTranslations("contacts");
  const ti = await getTranslations("import");
  const format = await getFormatter();
  const locale = await requestLocaleOr("en");
  const search = await searchParams;
  const flat = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = contactQuerySchema.safeParse(flat);
  const query = parsed.success ? parsed.data : contactQuerySchema.parse({});
  const [{ rows, total, page, pages }, filters] = await Promise.all([listContacts(actor, query), contactFilters(actor)]);
  const editable = can(actor.role, "addressBook.edit");
  const sortLink = (column: ContactQuery["sort"], label: string) => {
    const active = query.sort === column;
    const dir = active && query.dir === "asc" ? "desc" : "asc";
    return (
      <Link href={href(actor.slug, query, { sort: column, dir, page: 1 })} className="inline-flex items-center gap-1 hover:text-zinc-900" aria-label={t("sortBy", { column: label })}>
        {label} {active && <span aria-hidden="true">{query.dir === "asc" ? "▲" : "▼"}</span>}
      </Link>
    );
  };
  const ariaSort = (column: ContactQuery["sort"]) => (query.sort === column ? (query.dir === "asc" ? "ascending" : "descending") : undefined);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        actions={
          <>
            <a href={`/b/${actor.slug}/contacts/export?${new URLSearchParams({ q: query.q, tag: query.tag, country: query.country }).toString()}`} className={buttonClass("secondary")} download>
              {t("export")}
            </a>
            {editable && (
              <Link href={`/b/${actor.slug}/contacts/import`} className={buttonClass("secondary")}>
                {ti("link")}
              </Link>
            )}
            {editable && (
              <Link href={`/b/${actor.slug}/contacts/new`} className={buttonClass("primary")}>
                {t("new")}
              </Link>
            )}
          </>
        }
      />
      {flat.saved && <Alert tone="success">{t("saved")}</Alert>}
      {flat.deleted && <Alert tone="success">{t("deleted")}</Alert>}
      <ContactFilters tags={filters.tags} countries={filters.countries.map((c) => ({ value: c, label: countryName(c, locale) ?? c }))} />
      <Card>
        <p className="mb-3 text-sm text-zinc-600" aria-live="polite" data-testid="contact-count">
          {t("count", { count: total })}
        </p>
        <DataTable
          label={t("title")}
          labelAs="caption"
          headers="caps"
          scroll
          empty={query.q || query.tag || query.country ? t("noMatch") : t("empty")}
          rows={rows}
          rowKey={(c) => c.id}
          rowTestId={() => "contact-row"}
          columns={[
            {
              key: "name",
              header: sortLink("name", t("name")),
              ariaSort: ariaSort("name"),
              className: "font-medium",
              cell: (c) => (
                <Link href={`/b/${actor.slug}/contacts/${c.id}`} className="text-brand-700 hover:underline">
                  {c.name || c.company}
                </Link>
              ),
            },
            { key: "company", header: sortLink("company", t("company")), ariaSort: ariaSort("company"), cell: (c) => c.company },
            { key: "city", header: sortLink("city", t("city")), ariaSort: ariaSort("city"), cell: (c) => c.city },
            { key: "postalCode", header: t("postalCode"), cell: (c) => c.postalCode },
            { key: "country", header: t("country"), cell: (c) => countryName(c.country, locale) ?? c.country },
            {
              key: "tags",
              header: t("tags"),
              cell: (c) => (
                <span className="flex flex-wrap gap-1">
                  {c.tags.map((tag) => (
                    <Badge key={tag}>{tag}</Badge>
                  ))}
                </span>
              ),
            },
          ]}
        />
        {pages > 1 && (
          <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t("pagination")}>
            {page > 1 ? <Link className="font-medium text-brand-700" href={href(actor.slug, query, { page: page - 1 })}>{t("previous")}</Link> : <span />}
            <span>{t("pageOf", { page: format.number(page), pages: format.number(pages) })}</span>
            {page < pages ? <Link className="font-medium text-brand-700" href={href(actor.slug, query, { page: page + 1 })}>{t("next")}</Link> : <span />}
          </nav>
        )}
      </Card>
    </div>
  );
}
