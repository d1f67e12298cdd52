/** The pickup email: booked, changed or cancelled, with what the driver needs to know. Pure. */
import type { AppLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/messages";
import { formatMoney } from "@/lib/i18n/format";
import { isoDateText } from "@/lib/rates/present";
import { renderEmail } from "../layout";

export interface PickupEmailInput {
  locale: AppLocale;
  change: "booked" | "changed" | "cancelled";
  businessName: string;
  confirmationNumber: string;
  date: string;
  readyTime: string;
  closingTime: string;
  address: string;
  locationText: string;
  instructions: string | null;
  parcels: number;
  totalWeightKg: number;
  heavy: boolean;
  totalCents: number;
  /** Booked on the business's own carrier account: the carrier bills the fee. */
  billedByCarrier: boolean;
  pageUrl: string;
}

export function pickupEmail(i: PickupEmailInput): { subject: string; html: string; text: string } {
  const t = translator(i.locale, "email.pickup");
  const values = { number: i.confirmationNumber, date: isoDateText(i.date, i.locale), business: i.businessName };
  const details =
    i.change === "cancelled"
      ? [t("cancelledIntro", values)]
      : [
          t(i.change === "booked" ? "bookedIntro" : "changedIntro", values),
          t("when", { date: values.date, ready: i.readyTime, closing: i.closingTime }),
          t("where", { address: i.address, location: i.locationText }),
          ...(i.instructions ? [t("instructions", { text: i.instructions })] : []),
          t("what", { count: i.parcels, weight: i.totalWeightKg.toLocaleString(i.locale === "fr" ? "fr-CA" : "en-CA") }),
          ...(i.heavy ? [t("heavy")] : []),
          i.totalCents > 0 ? t(i.billedByCarrier ? "feeCarrier" : "fee", { amount: formatMoney(i.totalCents, i.locale) }) : t("free"),
          t("changeUntil"),
        ];
  const { html, text } = renderEmail({ heading: t(`subject.${i.change}`, values), paragraphs: details, action: { label: t("button"), url: i.pageUrl }, footer: t("footer") });
  return { subject: t(`subject.${i.change}`, values), html, text };
}
