import { pdfResponse } from "@/app/pdf-response";
import { publicReturnLabelPdf } from "@/lib/returns/public";

/** The customer's return label PDF (no sign-in: the link's secret is the key); 404 otherwise. */
export async function GET(request: Request, { params }: { params: Promise<{ business: string; token: string }> }) {
  const { business, token } = await params;
  const file = await publicReturnLabelPdf(business, token);
  if (!file) return new Response("Not found", { status: 404 });
  return pdfResponse(file, new URL(request.url).searchParams.get("download") === "1");
}
