import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pageText } from "@/lib/labels/pdf-test-tools";
import { updateBusinessDefaults, getBusinessDefaults } from "@/lib/settings/settings";
import { applyTypedFields } from "@/lib/shipments/draft-schema";
import { EMPTY_DRAFT } from "@/lib/shipments/draft";
import { batchLabelsPdf, shipmentLabelPdf } from "@/lib/shipments/label-files";
import { batchPackingSlipsPdf, shipmentPackingSlipPdf } from "@/lib/shipments/packing-slips";
import type { Actor } from "@/lib/tenancy/actor";
import { paidBatchOf, payingBusiness } from "./batch-helpers";

const MITTENS = [
  { description: "Wool mittens, grey", sku: "MIT-GR-M", quantity: 2 },
  { description: "Maple syrup 500 ml", sku: null, quantity: 1 },
];

async function slipsOn(actor: Actor, note: string | null) {
  const defaults = await getBusinessDefaults(actor);
  await updateBusinessDefaults(actor, {
    defaultLocationId: defaults.defaultLocationId,
    defaultService: defaults.defaultService,
    labelFormat: defaults.labelFormat,
    notificationEmails: defaults.notificationEmails,
    reference: defaults.reference,
    units: defaults.units,
    locale: defaults.locale,
    emailLabels: false,
    emailLabelsTo: null,
    packingSlips: true,
    packingSlipNote: note,
    defaultOptions: defaults.defaultOptions,
  });
}

const pageCount = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPageCount();

describe("what a parcel holds", () => {
  it("is read from the row editor's list: blank lines dropped, a too long item or a zero quantity named on its cell, the rest kept", () => {
    const typed = JSON.stringify([{ description: " Mittens ", sku: "M-1", quantity: 2 }, { description: "", sku: "", quantity: 1 }]);
    const { draft, errors } = applyTypedFields(EMPTY_DRAFT, { contents: typed }, "METRIC", "en");
    expect(errors).toEqual({});
    expect(draft.contents).toEqual([{ description: "Mittens", sku: "M-1", quantity: 2 }]);

    const bad = JSON.stringify([{ description: "x".repeat(101), quantity: 1 }, { description: "Syrup", quantity: 0 }]);
    const again = applyTypedFields(draft, { contents: bad, reference1: "ORD-9" }, "METRIC", "en");
    expect(again.errors).toMatchObject({ "contents.0.description": { code: "maxChars" }, "contents.1.quantity": { code: "mustBePositive" } });
    expect(again.draft.contents).toEqual(draft.contents);
    expect(again.draft.reference1).toBe("ORD-9");

    const many = JSON.stringify(Array.from({ length: 51 }, (_, i) => ({ description: `Item ${i}`, quantity: 1 })));
    expect(applyTypedFields(draft, { contents: many }, "METRIC", "en").errors.contents).toMatchObject({ code: "tooManyContentItems", values: { max: 50 } });
  });
});

describe("packing slips", () => {
  it("print after each label, in the label's size, with the items, the order number and the business's note, when the business asks", async () => {
    const { actor } = await payingBusiness("slips-on");
    await slipsOn(actor, "Thank you for your order!");
    const shipments = await paidBatchOf(actor, 2, (d) => ({ ...d, reference1: "ORD-1042", contents: MITTENS }));
    const file = await batchLabelsPdf(actor, shipments[0]!.batchId, "PDF_LETTER");
    expect(await pageCount(file!.bytes)).toBe(4);
    const slip = pageText(file!.bytes, 2);
    for (const text of ["Packing slip", "ORD-1042", "Wool mittens, grey", "MIT-GR-M", "Maple syrup 500 ml", "Total items: 3", "Thank you for your order!"]) expect(slip).toContain(text);
    expect(pageText(file!.bytes, 3)).not.toContain("Packing slip");
    expect(pageText(file!.bytes, 4)).toContain("Packing slip");
    // One shipment's label reprint carries its slip too.
    expect(await pageCount((await shipmentLabelPdf(actor, shipments[1]!.id, "PDF_LETTER"))!.bytes)).toBe(2);
  });

  it("are not in the labels of a business that did not ask, and print on their own for a batch or a shipment in either size", async () => {
    const { actor } = await payingBusiness("slips-off");
    const shipments = await paidBatchOf(actor, 2, (d) => ({ ...d, reference1: "ORD-7", contents: MITTENS }));
    const labels = await batchLabelsPdf(actor, shipments[0]!.batchId, "PDF_LETTER");
    expect(await pageCount(labels!.bytes)).toBe(2);
    expect(pageText(labels!.bytes, 1)).not.toContain("Packing slip");

    const slips = await batchPackingSlipsPdf(actor, shipments[0]!.batchId, "PDF_4X6");
    expect(slips!.fileName).toMatch(/^packing-slips-batch-\d+-4x6\.pdf$/);
    const doc = await PDFDocument.load(slips!.bytes);
    expect(doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())])).toEqual([[288, 432], [288, 432]]);
    expect(pageText(slips!.bytes, 1)).toContain("ORD-7");
    const one = await shipmentPackingSlipPdf(actor, shipments[1]!.id, "PDF_LETTER");
    expect(await pageCount(one!.bytes)).toBe(1);
    expect(pageText(one!.bytes, 1)).toContain("Wool mittens, grey");
  });

  it("of another business are not found", async () => {
    const { actor } = await payingBusiness("slips-own");
    const { actor: other } = await payingBusiness("slips-other");
    const [shipment] = await paidBatchOf(actor, 1, (d) => ({ ...d, contents: MITTENS }));
    expect(await batchPackingSlipsPdf(other, shipment!.batchId, "PDF_4X6")).toBeNull();
    expect(await shipmentPackingSlipPdf(other, shipment!.id, "PDF_4X6")).toBeNull();
  });
});
