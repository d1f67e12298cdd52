/**
 * Canada Post's Find a Post Office: the searches (postal code, a postal code within typed text,
 * city and province), and answers shaped like Canada Post's (each valid against postoffice.xsd or
 * messages.xsd, tests/canadapost/fixtures/postoffice) read into Envoi's post offices: a list near a
 * postal code, a detail with its hours, refusals and failures.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { schemaFor, validateAgainst, XSD_DIR, type Validation } from "@/tests/canadapost/validate";
import type { CpResponse } from "./request";
import { parsePostOfficeDetail, parsePostOffices, POST_OFFICE_MEDIA_TYPE, postOfficeDetailRequest, postOfficesRequest } from "./post-offices";

const DIR = path.resolve(import.meta.dirname, "../../../tests/canadapost/fixtures/postoffice");
const fixture = (name: string) => readFileSync(path.join(DIR, name), "utf8");
const answer = (name: string, status = 200): CpResponse => ({
  status,
  contentType: name.endsWith(".html") ? "text/html" : POST_OFFICE_MEDIA_TYPE,
  body: fixture(name),
  bytes: new Uint8Array(),
});

/**
 * postoffice.xsd redefines common.xsd (`<xsd:redefine>`), which validateAgainst does not preload
 * yet (it looks for include and import only): preloaded here.
 */
async function validate(xml: string): Promise<Validation> {
  const schema = schemaFor(xml);
  if (schema !== "postoffice") return schema ? validateAgainst(schema, xml) : { valid: false, errors: ["no schema for this document"] };
  const read = (name: string) => ({ fileName: name, contents: readFileSync(path.join(XSD_DIR, name), "utf8") });
  const result = await validateXML({ xml: [{ fileName: "document.xml", contents: xml }], schema: [read("postoffice.xsd")], preload: [read("common.xsd")] });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

describe("post office requests", () => {
  const get = (p: string) => ({ group: "postOffices", method: "GET", path: p, accept: "application/vnd.cpc.postoffice+xml" });

  it("searches near a postal code, D2PO offices only when asked, 10 by default and 50 at most", () => {
    expect(postOfficesRequest({ postalCode: "k1a 0b1", d2poOnly: true, limit: 5 })).toEqual(get("/rs/postoffice?d2po=true&postalCode=K1A0B1&maximum=5"));
    expect(postOfficesRequest({ postalCode: "K1A0B1" }).path).toBe("/rs/postoffice?postalCode=K1A0B1&maximum=10");
    expect(postOfficesRequest({ postalCode: "K1A0B1", limit: 500 }).path).toBe("/rs/postoffice?postalCode=K1A0B1&maximum=50");
  });

  it("finds a postal code in typed text, else a city and its province", () => {
    expect(postOfficesRequest({ text: "5000 rue Iberville, Montréal h2h 2s6" }).path).toBe("/rs/postoffice?postalCode=H2H2S6&maximum=10");
    expect(postOfficesRequest({ text: "Richmond, BC", limit: 3 }).path).toBe("/rs/postoffice?province=BC&city=Richmond&maximum=3");
    expect(postOfficesRequest({ text: "Trois-Rivières QC" }).path).toBe("/rs/postoffice?province=QC&city=Trois-Rivi%C3%A8res&maximum=10");
    expect(postOfficesRequest({ text: "Saint-Jérôme, Québec" }).path).toBe("/rs/postoffice?province=QC&city=Saint-J%C3%A9r%C3%B4me&maximum=10");
    expect(postOfficesRequest({ text: "123 Main St, Moncton, New Brunswick" }).path).toBe("/rs/postoffice?province=NB&city=Moncton&maximum=10");
    // A place name at the end is not taken for a province without a comma.
    expect(postOfficesRequest({ text: "Ville de Québec" }).path).toBe("/rs/postoffice?city=Ville%20de%20Qu%C3%A9bec&maximum=10");
  });

  it("asks for one office's detail", () => {
    expect(postOfficeDetailRequest("0000102134")).toEqual(get("/rs/postoffice/0000102134/detail"));
  });
});

describe("the fixtures", () => {
  it("are valid against Canada Post's schemas", async () => {
    for (const name of readdirSync(DIR).filter((n) => n.endsWith(".xml"))) {
      const result = await validate(fixture(name));
      expect(result.errors, name).toEqual([]);
    }
  });
});

describe("parsePostOffices", () => {
  it("reads the offices near a postal code, closest first, without hours", () => {
    const { data, messages } = parsePostOffices(answer("list-near-postal-code.xml"), { d2poOnly: true });
    expect(messages).toEqual([]);
    expect(data!.map((o) => [o.id, o.distanceKm])).toEqual([
      ["0000102134", 0.65],
      ["0000102291", 1.12],
      ["0000103407", 1.58],
    ]);
    expect(data![0]).toEqual({
      id: "0000102134",
      name: "SPARKS ST PO",
      line1: "59 SPARKS ST",
      city: "OTTAWA",
      province: "ON",
      postalCode: "K1P 5A0",
      lat: 45.42283,
      lon: -75.69868,
      hours: [],
      acceptsD2PO: true,
      sample: false,
      distanceKm: 0.65,
    });
  });

  it("does not claim Deliver to Post Office for a list that was not filtered", () => {
    expect(parsePostOffices(answer("list-near-postal-code.xml")).data!.every((o) => !o.acceptsD2PO)).toBe(true);
  });

  it("gives Canada Post's refusal in its words, no office for a bare 404, a failure otherwise", () => {
    expect(parsePostOffices(answer("messages-invalid-city.xml", 400))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierRejected" }, text: "Invalid city or province." }] });
    expect(parsePostOffices(answer("messages-invalid-city-fr.xml", 400)).messages[0]!.text).toBe("Ville ou province non valide.");
    expect(parsePostOffices(answer("messages-empty.xml", 404))).toEqual({ data: [], messages: [] });
    expect(parsePostOffices(answer("server-error.html", 500))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
  });
});

describe("parsePostOfficeDetail", () => {
  it("reads the office with its week, Monday first (Canada Post counts from Sunday)", () => {
    const office = parsePostOfficeDetail(answer("detail-hours.xml"))!;
    expect(office).toMatchObject({ id: "0000102134", name: "SPARKS ST PO", postalCode: "K1P 5A0", acceptsD2PO: false, sample: false });
    expect(office.hours).toEqual([
      { day: 0, open: "08:30", close: "17:00" },
      { day: 1, open: "08:30", close: "17:00" },
      // Closed at lunch: opening and closing of the day.
      { day: 2, open: "08:30", close: "17:30" },
      { day: 3, open: "08:30", close: "17:00" },
      { day: 4, open: "08:30", close: "18:00" },
      { day: 5, open: "10:00", close: "16:00" },
      // Sunday is not in Canada Post's list: closed.
      { day: 6, open: null, close: null },
    ]);
    expect(parsePostOfficeDetail(answer("detail-hours.xml"), { acceptsD2PO: true })!.acceptsD2PO).toBe(true);
  });

  it("is null for an office Canada Post does not know, or any other answer", () => {
    expect(parsePostOfficeDetail(answer("messages-empty.xml", 404))).toBeNull();
    expect(parsePostOfficeDetail(answer("server-error.html", 500))).toBeNull();
    expect(parsePostOfficeDetail(answer("list-near-postal-code.xml"))).toBeNull();
  });
});
