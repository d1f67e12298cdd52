"use client";

import { startTransition, useActionState, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { importOrdersAction } from "@/app/b/[business]/batches/import/actions";
import { ORDER_FIELDS, ORDER_LIMITS, type OrderField } from "@/lib/batches/import/fields";
import { guessOrderMapping, type OrderMapping } from "@/lib/batches/import/mapping";
import { batchesOf, planOrders } from "@/lib/batches/import/plan";
import { orderFormValues } from "@/lib/batches/import/request";
import { IDLE } from "@/lib/forms/state";
import type { UnitSystem } from "@/lib/rating/measures";
import type { Defaults } from "@/lib/settings/settings";
import { draftProblems } from "@/lib/shipments/validate-draft";
import { ActionError } from "@/components/import/action-error";
import { ImportSubmit } from "@/components/import/import-submit";
import { ImportWizard } from "@/components/import/import-wizard";
import { MappingTable } from "@/components/import/mapping-table";
import { importPayload } from "@/components/import/payload";
import { useImportFile } from "@/components/import/use-import-file";
import { Alert } from "@/components/ui/alert";
import { OrderPreview, SkippedRows, type PreviewOrder } from "./order-preview";
import { UnitsChoice } from "./units-choice";

const PREVIEW_ROWS = 10;

/**
 * The import of a file of orders, in the steps of {@link ImportWizard} and in the browser until
 * the last click: (1) the file is read and parsed; (2) each column gets an order field (guessed
 * from English, French and shop headers) and the units of its sizes are chosen; (3) every row is
 * planned exactly as the server will (the same pure functions): the preview shows the first rows
 * as drafts with what the batch sheet will ask to fix, the skipped rows, and how many batches of
 * 50 it makes. Creating sends the mapped cells once; the server plans them again, creates the
 * batches and opens the first (or the list when there are several).
 */
export function OrderImportWizard({ slug, defaults }: { slug: string; defaults: Defaults }) {
  const t = useTranslations("orders");
  const [mapping, setMapping] = useState<OrderMapping>([]);
  const [units, setUnits] = useState<UnitSystem>(defaults.units);
  const [tooLarge, setTooLarge] = useState(false);
  const [state, dispatch, pending] = useActionState(importOrdersAction.bind(null, slug), IDLE);
  const upload = useImportFile({
    texts: "orders",
    accept: (table) => (table.rows.length > ORDER_LIMITS.orders ? t("fileErrors.tooManyOrders", { rows: table.rows.length, max: ORDER_LIMITS.orders }) : null),
    onLoaded: ({ table }) => {
      setTooLarge(false);
      setMapping(guessOrderMapping(table.headers, table.rows));
    },
    onRestart: () => setTooLarge(false),
  });
  const { file } = upload;

  // The same plan the server makes (lib/batches/import/plan.ts), and the sheet's checks of each draft.
  const plan = useMemo(() => {
    if (!file) return null;
    const { orders, skipped } = planOrders(file.table, mapping, defaults, units);
    const checked: PreviewOrder[] = orders.map((o) => {
      const noted = new Set(o.notes.map((n) => n.field));
      return { ...o, problems: [...o.notes, ...draftProblems(o.draft, { hasLocation: o.draft.locationId !== null }).filter((p) => !noted.has(p.field))] };
    });
    return { orders: checked, skipped, batches: batchesOf(checked).map((b) => b.length), toFix: checked.filter((o) => o.problems.length > 0).length };
  }, [file, mapping, units, defaults]);

  function submit() {
    if (!file) return;
    const data = importPayload(orderFormValues(file.table, mapping, units, file.name));
    if (!data) return setTooLarge(true);
    // The action ends in a redirect to the new batch (or the list); an error comes back as state.
    startTransition(() => dispatch(data));
  }

  const nothingMapped = mapping.every((m) => !m);
  const batches = plan?.batches.length ?? 0;
  const fieldLabel = (f: OrderField) => t(`fields.${f}`);

  return (
    <ImportWizard
      upload={upload}
      idPrefix="orders"
      steps={["file", "map", "check"]}
      checkWithMapping
      busy={pending}
      nothingMapped={nothingMapped}
      mapping={(loaded) => (
        <>
          <UnitsChoice value={units} onChange={setUnits} />
          <MappingTable headers={loaded.table.headers} rows={loaded.table.rows} mapping={mapping} onChange={setMapping} fields={ORDER_FIELDS} fieldLabel={fieldLabel} />
        </>
      )}
      check={(loaded) =>
        plan && (
          <div className="space-y-5">
            {plan.orders.length === 0 ? (
              <Alert tone="warning">{t("check.nothing")}</Alert>
            ) : (
              <div role="status" className="space-y-1 text-sm">
                <p className="font-medium text-zinc-900" data-testid="orders-summary">
                  {t("check.summary", { orders: plan.orders.length, batches, sizes: plan.batches.map((count) => t("check.batchSizes", { count })).join(", ") })}
                </p>
                <p className="text-zinc-700" data-testid="orders-to-fix">
                  {t("check.toFixSummary", { count: plan.toFix })}
                </p>
              </div>
            )}
            {plan.orders.length > 0 && <OrderPreview orders={plan.orders.slice(0, PREVIEW_ROWS)} units={units} format={loaded.table.format} />}
            <SkippedRows rows={plan.skipped} format={loaded.table.format} />

            {tooLarge && <Alert tone="error">{t("fileErrors.tooLargeToSend")}</Alert>}
            <ActionError state={state} />
            <ImportSubmit
              pending={pending}
              progress={t("check.creating", { count: batches })}
              label={t("check.submit", { count: Math.max(1, batches) })}
              disabled={plan.orders.length === 0 || nothingMapped}
              testId="orders-submit"
              onSubmit={submit}
            />
          </div>
        )
      }
    />
  );
}
