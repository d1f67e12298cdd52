/**
 * The label renderer: a frozen snapshot of a shipment in, PDF (or ZPL) out. Pure: no database, no
 * network, no clock, no files at run time.
 */
export { dataMatrixPayload, withEncodedMatrix } from "./barcodes";
export { CAD_PER_SDR, CAD_PER_USD, CN22_MAX_SDR, PACKET_SERVICE_CODES, customsFormType, customsTotals, type CustomsFormType, type CustomsTotals } from "./customs";
export { cityLine, formatCad, groupTrackingNumber, optionCodes } from "./format";
export { mergePdfs } from "./merge";
export { LABEL_FORMATS, isLabelFormat, type LabelFormat } from "./page-sizes";
export { renderLabelDocuments, renderPackingSlips } from "./render";
export { slipPageCount, type PackingSlip, type PackingSlipItem } from "./packing-slip";
export type * from "./types";
export { labelZpl } from "./zpl";
