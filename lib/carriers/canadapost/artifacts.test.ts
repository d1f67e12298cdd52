import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { CpResponse } from "./request";
import { readXml } from "./xml";
import { artifactRequest, isPdf, labelLink, parseArtifact, parseLinks, returnLabelLink, type CpLink } from "./artifacts";

const FIXTURES = path.join(process.cwd(), "tests/canadapost/fixtures/shipments");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

const LABEL_HREF = "https://ct.soa-gw.canadapost.ca/ers/artifact/6e93d53968881714/400000000000012345/0";

/** A one-page 4x6 PDF, as small as pdf-lib writes one. */
async function tinyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([288, 432]);
  return doc.save();
}

/** What the HTTP layer hands back: for a PDF content type it leaves `body` empty. */
const bytesAnswer = (status: number, bytes: Uint8Array, contentType = "application/pdf"): CpResponse => ({ status, contentType, body: contentType.includes("pdf") ? "" : new TextDecoder().decode(bytes), bytes });

describe("the links of a created shipment", () => {
  const links = parseLinks(readXml(fixture("answer-contract-created.xml"))!.element.links?.[0]);

  it("picks the label's link and the return label's", () => {
    expect(labelLink(links)).toEqual({ rel: "label", href: LABEL_HREF, mediaType: "application/pdf", index: 0 });
    expect(returnLabelLink(links)?.href).toBe("https://ct.soa-gw.canadapost.ca/ers/artifact/6e93d53968881714/400000000000012346/0");
  });

  it("takes index 0 among several label pages, the first without an index otherwise, and null without any", () => {
    const pages: CpLink[] = [
      { rel: "label", href: "https://x/ers/artifact/a/1/1", mediaType: "application/pdf", index: 1 },
      { rel: "label", href: "https://x/ers/artifact/a/1/0", mediaType: "application/pdf", index: 0 },
    ];
    expect(labelLink(pages)?.index).toBe(0);
    expect(labelLink([{ rel: "label", href: "https://x/a", mediaType: "application/pdf" }])?.href).toBe("https://x/a");
    expect(labelLink(links.filter((l) => l.rel !== "label"))).toBeNull();
    expect(returnLabelLink(parseLinks(readXml(fixture("answer-nc-created.xml"))!.element.links?.[0]))).toBeNull();
  });
});

describe("getting an artifact", () => {
  it("GETs the link's path with its media type, in the shipments group", () => {
    expect(artifactRequest({ rel: "label", href: LABEL_HREF, mediaType: "application/pdf", index: 0 })).toEqual({
      group: "shipments",
      method: "GET",
      path: "/ers/artifact/6e93d53968881714/400000000000012345/0",
      accept: "application/pdf",
    });
    expect(artifactRequest({ rel: "label", href: LABEL_HREF, mediaType: "" }).accept).toBe("application/pdf");
  });

  it("returns the PDF's bytes as they came", async () => {
    const pdf = await tinyPdf();
    expect(isPdf(pdf)).toBe(true);
    expect(parseArtifact(bytesAnswer(200, pdf))).toEqual({ data: pdf, messages: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x0a, ...pdf]);
    expect(isPdf(withBom)).toBe(true);
  });

  it("returns Canada Post's messages instead of a PDF, read from the bytes when the layer left no text", () => {
    const xml = fixture("messages-invalid-fr.xml");
    const asPdfType = parseArtifact(bytesAnswer(200, new TextEncoder().encode(xml)));
    expect(asPdfType).toMatchObject({ data: null, messages: [{ problem: { code: "carrierRejected" }, text: "Le code postal de destination n'est pas valide." }] });
    const asXml = parseArtifact(bytesAnswer(404, new TextEncoder().encode(xml), "application/vnd.cpc.shipment-v8+xml"));
    expect(asXml.messages[0]!.detail).toBe("1153: Le code postal de destination n'est pas valide.");
  });

  it("fails on anything else: an HTML page, a zip, an empty answer, a PDF with an error status", async () => {
    const html = parseArtifact(bytesAnswer(500, new TextEncoder().encode(fixture("error-500.html")), "text/html"));
    expect(html).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
    expect(html.messages[0]!.detail).toMatch(/^artifact \(not a PDF\): HTTP 500/);
    expect(parseArtifact(bytesAnswer(200, new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).data).toBeNull();
    expect(parseArtifact(bytesAnswer(200, new Uint8Array())).data).toBeNull();
    expect(parseArtifact(bytesAnswer(500, await tinyPdf())).data).toBeNull();
  });
});
