/**
 * The customer's return label page (no sign-in): the return found by its link's secret (only the
 * hash is stored) under the business's slug; anything else is not found.
 */
import { withReturnToken } from "@/lib/tenancy/context";
import { hashReturnToken } from "./issue";
import { returnLabelPdf } from "./label-pdf";

export interface PublicReturn {
  number: string;
  trackingNumber: string | null;
  status: string;
  locale: "en" | "fr";
  businessName: string;
  labelData: unknown;
  labelPdf: Uint8Array | null;
}

export async function publicReturn(slug: string, token: string): Promise<PublicReturn | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const row = await withReturnToken(hashReturnToken(token), (tx) =>
    tx.return.findFirst({
      where: { accessTokenHash: hashReturnToken(token), business: { slug } },
      select: { number: true, trackingNumber: true, status: true, locale: true, labelData: true, labelPdf: true, business: { select: { name: true } } },
    }),
  );
  if (!row) return null;
  return { number: row.number, trackingNumber: row.trackingNumber, status: row.status, locale: row.locale, businessName: row.business.name, labelData: row.labelData, labelPdf: row.labelPdf };
}

/** The label PDF of the customer's link (letter size), or null (unknown link, or cancelled). */
export async function publicReturnLabelPdf(slug: string, token: string): Promise<{ bytes: Uint8Array; fileName: string } | null> {
  const ret = await publicReturn(slug, token);
  if (!ret || ret.status === "CANCELLED") return null;
  const bytes = await returnLabelPdf(ret, "letter");
  return bytes ? { bytes, fileName: `return-label-${ret.number}.pdf` } : null;
}
