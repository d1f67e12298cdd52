import { PDFDocument } from "pdf-lib";

/**
 * One PDF with every page of `pdfs`, in order: a batch's labels from the PDFs stored per shipment.
 * The pages are copied as they are (same sizes, same content), nothing is re-rendered.
 */
export async function mergePdfs(pdfs: Uint8Array[]): Promise<Uint8Array> {
  const merged = await PDFDocument.create();
  for (const bytes of pdfs) {
    const source = await PDFDocument.load(bytes);
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  // pdf-lib stamps the clock into the metadata by default; keep merging a pure function.
  merged.setCreationDate(new Date(0));
  merged.setModificationDate(new Date(0));
  merged.setProducer("Envoi");
  merged.setCreator("Envoi");
  return merged.save();
}
