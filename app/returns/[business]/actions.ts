"use server";

/**
 * The public returns page's one action (no sign-in: anyone may call it). The business is the slug
 * of the address; the order is found from what the visitor typed, counted against their address
 * and the business first (lib/returns-page/answer.ts).
 */
import { headers } from "next/headers";
import { formValues } from "@/lib/forms/parse";
import { requestLocaleOr } from "@/lib/i18n/current";
import { answerReturnsPage } from "@/lib/returns-page/answer";
import type { ReturnsPageState } from "@/lib/returns-page/page-state";

export async function returnsPageAction(slug: string, _prev: ReturnsPageState, formData: FormData): Promise<ReturnsPageState> {
  const locale = await requestLocaleOr("en");
  return answerReturnsPage(String(slug), formValues(formData), await headers(), locale);
}
