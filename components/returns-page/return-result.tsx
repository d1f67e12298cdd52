"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { ReturnsPageState } from "@/lib/returns-page/page-state";

/** The end of the page: the label to print (issued), or the request sent to the business (approval needed). */
export function ReturnResult({ state, businessName }: { state: Extract<ReturnsPageState, { status: "issued" | "requested" }>; businessName: string }) {
  const t = useTranslations("returnsPage.page");
  const emailed = state.emailedTo ? t("emailedTo", { email: state.emailedTo }) : t("emailedToOrder");
  return (
    <section role="status" aria-labelledby="return-result" className="space-y-4 rounded-md bg-emerald-50 px-5 py-4 text-emerald-900 ring-1 ring-inset ring-emerald-600/20">
      {state.status === "issued" ? (
        <>
          <h2 id="return-result" className="text-lg font-semibold">
            {t("issuedTitle", { number: state.number })}
          </h2>
          <p>{emailed}</p>
          <p>{t("issuedSteps")}</p>
          <p>
            <a href={state.labelUrl} className={buttonClass("primary")}>
              {t("printLabel")}
            </a>
          </p>
        </>
      ) : (
        <>
          <h2 id="return-result" className="text-lg font-semibold">
            {t("requestedTitle", { number: state.number })}
          </h2>
          <p>{t("requestedText", { number: state.number, business: businessName })}</p>
        </>
      )}
    </section>
  );
}
