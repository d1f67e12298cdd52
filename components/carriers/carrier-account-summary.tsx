import { getFormatter, getTranslations } from "@/lib/i18n/server";
import { removeCarrierAccountAction, testCarrierAccountAction } from "@/app/b/[business]/settings/carriers/actions";
import type { CarrierAccountView } from "@/lib/carriers/accounts/accounts";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";

/**
 * The saved Canada Post account as the business sees it: its system (sandbox or production), the
 * user name's last characters, the customer and contract numbers, when it was last tested; and
 * the buttons to test it (Canada Post's answer shows under the button) and to remove it (after a
 * confirmation). No credential is read or shown.
 */
export async function CarrierAccountSummary({ slug, account }: { slug: string; account: CarrierAccountView }) {
  const t = await getTranslations("carriers");
  const format = await getFormatter();
  const rows: [string, string][] = [
    [t("username"), `…${account.usernameHint}`],
    [t("customerNumber"), account.customerNumber],
    [t("contractNumber"), account.contractNumber ?? t("noContract")],
    ...(account.moboCustomerNumber ? [[t("moboCustomerNumber"), account.moboCustomerNumber] as [string, string]] : []),
  ];
  return (
    <div className="flex flex-wrap items-start justify-between gap-4" data-testid="carrier-account">
      <div className="space-y-2 text-sm">
        <div className="flex items-center gap-2 font-medium">
          {t("canadaPost")} <Badge tone={account.mode === "PRODUCTION" ? "emerald" : "amber"}>{t(`modes.${account.mode}`)}</Badge>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-zinc-500">{label}</dt>
              <dd className="text-zinc-900 tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-zinc-600">{account.verifiedAt ? t("testedOn", { date: format.dateTime(account.verifiedAt, "long") }) : t("notTested")}</p>
      </div>
      <div className="flex flex-wrap items-start gap-2">
        <ActionButton action={testCarrierAccountAction} slug={slug} fields={{ id: account.id }} variant="secondary" label={t("test")} ariaLabel={t("testNamed")} className="max-w-md" />
        <ActionButton action={removeCarrierAccountAction} slug={slug} fields={{ id: account.id }} label={t("remove")} ariaLabel={t("removeNamed")} confirm={t("confirmRemove")} />
      </div>
    </div>
  );
}
