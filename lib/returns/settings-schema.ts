import { z } from "zod";
import { checkbox, choice, text, wholeNumber } from "@/lib/forms/fields";

export const RETURN_WINDOW_MAX_DAYS = 365;
export const MAX_RETURN_REASONS = 12;
export const RETURN_REASON_MAX = 60;

/** One reason a customer picks from: a code (kept on the returns) and its English and French text. */
export interface ReturnReason {
  code: string;
  en: string;
  fr: string;
}

/** A reason's code from its English text: "Wrong size" -> "wrong-size". */
function codeOf(en: string, i: number): string {
  const slug = en.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
  return slug || `reason-${i + 1}`;
}

/**
 * The reasons as typed: one a line, "English | Français" (a line without "|" uses the same text in
 * both languages). Empty: the default reasons.
 */
const reasons = text(MAX_RETURN_REASONS * (RETURN_REASON_MAX * 2 + 4))
  .transform((raw) => raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))
  .refine((lines) => lines.length <= MAX_RETURN_REASONS, "tooManyReturnReasons")
  .transform((lines) =>
    lines.map((line) => {
      const [en, fr] = line.split("|").map((s) => s.trim());
      return { en: en ?? "", fr: fr || en || "" };
    }),
  )
  .refine((list) => list.every((r) => r.en !== "" && r.en.length <= RETURN_REASON_MAX && r.fr.length <= RETURN_REASON_MAX), "returnReasonFormat")
  .transform((list) => {
    const seen = new Set<string>();
    return list.map((r, i): ReturnReason => {
      let code = codeOf(r.en, i);
      while (seen.has(code)) code = `${code}-${i + 1}`;
      seen.add(code);
      return { code, en: r.en, fr: r.fr };
    });
  });

/** The Returns section of the business settings. */
export const returnSettingsSchema = z.object({
  returnWindowDays: wholeNumber(1, RETURN_WINDOW_MAX_DAYS, 30),
  returnReasons: reasons,
  returnPayer: choice(["BUSINESS", "CUSTOMER"]),
  returnsNeedApproval: checkbox,
  returnsPageEnabled: checkbox,
});

export type ReturnSettingsInput = z.output<typeof returnSettingsSchema>;

/** The reasons as the form shows them, one a line. */
export function reasonsText(list: ReturnReason[]): string {
  return list.map((r) => (r.fr && r.fr !== r.en ? `${r.en} | ${r.fr}` : r.en)).join("\n");
}
