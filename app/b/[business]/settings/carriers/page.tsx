/**
 * Settings, Carrier accounts (owners and admins only; the others get the page of a business they
 * are not in): the business's own Canada Post account, its test and removal, the form to connect
 * or change it, and how to get Canada Post API keys. No credential reaches this page.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { listCarrierAccounts, secretKeys, type CarrierAccountView } from "@/lib/carriers/accounts/accounts";
import { requireActor } from "@/lib/tenancy/page";
import { can } from "@/lib/tenancy/roles";
import { CarrierAccountForm, type SavedCarrierAccount } from "@/components/carriers/carrier-account-form";
import { CarrierAccountSummary } from "@/components/carriers/carrier-account-summary";
import { CarrierKeyHelp } from "@/components/carriers/carrier-key-help";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("carriers"))("title") };
}

/** Only what the form shows of the saved account: the user name's last characters, never a credential. */
function formAccount(a: CarrierAccountView): SavedCarrierAccount {
  return { mode: a.mode, usernameHint: a.usernameHint, customerNumber: a.customerNumber, contractNumber: a.contractNumber, moboCustomerNumber: a.moboCustomerNumber };
}

export default async function CarrierAccountsPage({ params }: { params: Promise<{ business: string }> }) {
  const actor = await requireActor((await params).business);
  if (!can(actor.role, "carriers.manage")) notFound();
  const t = await getTranslations("carriers");
  const errors = await getTranslations("errors");
  const account = (await listCarrierAccounts(actor)).find((a) => a.carrier === "canadapost");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} />
      {secretKeys().length === 0 && <Alert tone="warning">{errors("carrierSecretsMissing")}</Alert>}
      <Card title={t("canadaPost")} description={t("whoPays")}>
        {account ? <CarrierAccountSummary slug={actor.slug} account={account} /> : <p className="text-sm text-zinc-500">{t("notConnected")}</p>}
      </Card>
      {/* A fresh form once an account is connected or removed; an edit keeps its message. */}
      <Card title={account ? t("change") : t("connectTitle")}>
        <CarrierAccountForm key={account?.id ?? "new"} slug={actor.slug} account={account && formAccount(account)} />
      </Card>
      <CarrierKeyHelp />
    </div>
  );
}
