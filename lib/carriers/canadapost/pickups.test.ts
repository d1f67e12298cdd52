/**
 * Canada Post pickups: availability by postal code, and on-demand pickup requests (create, update,
 * cancel, details, price). Each request body is valid against pickuprequest.xsd and equal to its
 * fixture (tests/canadapost/fixtures/pickup/request-*.xml); answers shaped like Canada Post's (each
 * valid against its schema) are read into Envoi's pickups, and refusals into form problems or
 * Canada Post's own words.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFor, validateAgainst } from "@/tests/canadapost/validate";
import type { PickupRequest } from "../types";
import type { CanadaPostCustomer, CpRequest, CpResponse } from "./request";
import {
  cancelPickupRequest,
  createPickupRequest,
  parsePickupCancelled,
  parsePickupConfirmation,
  parsePickupDetails,
  parsePickupPrice,
  PICKUP_REQUEST_MEDIA_TYPE,
  pickupDetailsRequest,
  pickupPhone,
  pickupPriceRequest,
  pickupTime,
  updatePickupRequest,
} from "./pickup-requests";
import { CONTRACT_PICKUP_FEE, ESTIMATED_PICKUP_FEE, parsePickupAvailability, pickupAvailabilityRequest, pickupFeeSchedule } from "./pickups";

const DIR = path.resolve(import.meta.dirname, "../../../tests/canadapost/fixtures/pickup");
const fixture = (name: string) => readFileSync(path.join(DIR, name), "utf8");
const answer = (name: string, status = 200): CpResponse => ({
  status,
  contentType: name.endsWith(".html") ? "text/html" : PICKUP_REQUEST_MEDIA_TYPE,
  body: fixture(name),
  bytes: new Uint8Array(),
});
const empty = (status: number): CpResponse => ({ status, contentType: "", body: "", bytes: new Uint8Array() });

/** A small business without a contract, and a contract customer; pickups in Ottawa, Halifax (heavy, loading dock) and Montréal, and a change of the Ottawa one. */
const SMALL_BUSINESS: CanadaPostCustomer = { customerNumber: "2004381", moboCustomerNumber: null, contractNumber: null };
const CONTRACT: CanadaPostCustomer = { customerNumber: "2004381", moboCustomerNumber: "2004381", contractNumber: "42708517" };
const OTTAWA: PickupRequest = {
  address: { company: "Atelier Lumen", line1: "350 Sparks St", line2: "Suite 200", city: "Ottawa", province: "ON", postalCode: "k1r 7s8" },
  date: "2025-03-11", readyTime: "13:10", closingTime: "17:00", location: "FRONT_DESK", instructions: "Ask for Sam at the front desk.",
  contact: { name: "Sam Nguyen", phone: "613-555-0100", email: "sam@atelier-lumen.ca" }, parcels: 3, totalWeightGrams: 12500, heavy: false,
};
const HEAVY: PickupRequest = {
  address: { company: null, line1: "2271 Herring Cove Rd", line2: "Building C, Loading Door 4", city: "Halifax", province: "NS", postalCode: "B3L 2C2" },
  date: "2025-03-12", readyTime: "14:00", closingTime: "18:30", location: "LOADING_DOCK", instructions: null,
  contact: { name: "Jim Duggan", phone: "1 (902) 555-0147 ext. 204", email: "jim.duggan@example.ca" }, parcels: 1, totalWeightGrams: 27000, heavy: true,
};
const QUEBEC: PickupRequest = {
  address: { company: "Boulangerie du Coin", line1: "5000 rue Iberville", line2: null, city: "Montréal", province: "QC", postalCode: "H2H 2S6" },
  date: "2025-03-11", readyTime: "12:00", closingTime: "16:00", location: "RECEPTION", instructions: "Sonner deux fois",
  contact: { name: "Chloé Gagnon", phone: "514 555 0199", email: "chloe@boulangerie.example.ca" }, parcels: 1, totalWeightGrams: 2300, heavy: false,
};
const MOVED: PickupRequest = { ...OTTAWA, date: "2025-03-12", readyTime: "14:00", closingTime: "16:30", location: "MAILROOM", instructions: null, parcels: 5, totalWeightGrams: 20000 };

/** The body is valid against pickuprequest.xsd and is the fixture, byte for byte. */
async function expectBody(request: CpRequest, name: string) {
  expect(request.body!.mediaType).toBe("application/vnd.cpc.pickuprequest+xml");
  const result = await validateAgainst("pickuprequest", request.body!.xml);
  expect(result.errors, name).toEqual([]);
  expect(request.body!.xml).toBe(fixture(name));
}

describe("the fixtures", () => {
  it("are valid against Canada Post's schemas", async () => {
    for (const name of readdirSync(DIR).filter((n) => n.endsWith(".xml"))) {
      const xml = fixture(name);
      const schema = schemaFor(xml);
      expect(schema, name).not.toBeNull();
      expect((await validateAgainst(schema!, xml)).errors, name).toEqual([]);
    }
  });
});

describe("pickup availability", () => {
  it("asks by postal code without its space", () => {
    expect(pickupAvailabilityRequest("k1r 7s8")).toEqual({ group: "pickupAvailability", method: "GET", path: "/ad/pickup/pickupavailability/K1R7S8", accept: "application/vnd.cpc.pickup+xml" });
  });

  it("reads where and until when Canada Post picks up, in the address's time zone", () => {
    expect(parsePickupAvailability(answer("availability-yes.xml"))).toEqual({
      data: { available: true, sameDayCutoff: "16:00", timeZone: "America/Toronto", fee: ESTIMATED_PICKUP_FEE },
      messages: [],
    });
    expect(parsePickupAvailability(answer("availability-no.xml"), CONTRACT_PICKUP_FEE).data).toEqual({
      available: false,
      sameDayCutoff: "12:00",
      timeZone: "America/Iqaluit",
      fee: CONTRACT_PICKUP_FEE,
    });
  });

  it("is free for a contract customer, Envoi's estimate otherwise", () => {
    expect(pickupFeeSchedule(CONTRACT)).toEqual({ feeCents: 0, freeFromParcels: null });
    expect(pickupFeeSchedule(SMALL_BUSINESS)).toEqual(ESTIMATED_PICKUP_FEE);
  });

  it("turns a refused postal code into the form's problem, and other failures into messages", () => {
    expect(parsePickupAvailability(answer("messages-invalid-postal-code.xml", 400))).toEqual({ data: null, messages: [], problems: [{ field: "postalCode", code: "postalCodeInvalid" }] });
    expect(parsePickupAvailability(answer("messages-empty.xml", 404)).problems).toEqual([{ field: "postalCode", code: "postalCodeInvalid" }]);
    expect(parsePickupAvailability(answer("messages-auth.xml", 403))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierRejected" } }] });
    expect(parsePickupAvailability(answer("server-error.html", 500))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
  });
});

describe("pickup request builders", () => {
  const at = (method: string, p: string) => ({ group: "pickups", method, path: p, accept: "application/vnd.cpc.pickuprequest+xml" });

  it("create a pickup at the business's address, with its instructions", async () => {
    const request = createPickupRequest(SMALL_BUSINESS, OTTAWA);
    expect(request).toMatchObject(at("POST", "/enab/2004381/pickuprequest"));
    await expectBody(request, "request-create.xml");
  });

  it("create a heavy pickup at a loading dock for a contract customer (second address line in the instructions)", async () => {
    await expectBody(createPickupRequest(CONTRACT, HEAVY), "request-create-heavy-contract.xml");
  });

  it("create a pickup in Quebec, described in French", async () => {
    await expectBody(createPickupRequest(SMALL_BUSINESS, QUEBEC), "request-create-quebec.xml");
  });

  it("update a pickup (everything but the address)", async () => {
    const request = updatePickupRequest(SMALL_BUSINESS, "0074698052", MOVED);
    expect(request).toMatchObject(at("PUT", "/enab/2004381/pickuprequest/0074698052"));
    await expectBody(request, "request-update.xml");
  });

  it("cancel a pickup and ask for its details", () => {
    expect(cancelPickupRequest(SMALL_BUSINESS, "0074698052")).toEqual(at("DELETE", "/enab/2004381/pickuprequest/0074698052"));
    expect(pickupDetailsRequest(SMALL_BUSINESS, "0074698052")).toEqual(at("GET", "/enab/2004381/pickuprequest/0074698052/details"));
  });

  it("price a pickup, with the contract when there is one", async () => {
    const request = pickupPriceRequest(SMALL_BUSINESS, OTTAWA);
    expect(request).toMatchObject(at("POST", "/enab/2004381/pickuprequest/price"));
    await expectBody(request, "request-price.xml");
    await expectBody(pickupPriceRequest(CONTRACT, HEAVY), "request-price-contract.xml");
  });

  it("write times in Canada Post's quarters between 12:00 and 17:45, and phones as 613-555-0100", () => {
    expect(pickupTime("13:10", "up")).toBe("13:15");
    expect(pickupTime("16:59", "down")).toBe("16:45");
    expect(pickupTime("11:00", "up")).toBe("12:00");
    expect(pickupTime("19:00", "down")).toBe("17:45");
    expect(pickupPhone("+1 (613) 555-0100 poste 12")).toEqual({ phone: "613-555-0100", extension: "12" });
    expect(pickupPhone("555-0100")).toEqual({ phone: "555-0100", extension: null });
  });
});

describe("pickup answers", () => {
  it("read a created pickup: its number and price", () => {
    expect(parsePickupConfirmation(answer("created.xml"))).toEqual({ data: { confirmationNumber: "0074698052", feeCents: 599, taxCents: 78, totalCents: 677 }, messages: [] });
    expect(parsePickupConfirmation(answer("created-contract.xml")).data).toEqual({ confirmationNumber: "0074698099", feeCents: 0, taxCents: 0, totalCents: 0 });
  });

  it("confirm an update with the number and price known, and say when the pickup is not found", () => {
    const price = { feeCents: 599, taxCents: 78, totalCents: 677 };
    expect(parsePickupConfirmation(empty(200), { confirmationNumber: "0074698052", price })).toEqual({ data: { confirmationNumber: "0074698052", ...price }, messages: [] });
    expect(parsePickupConfirmation(answer("messages-empty.xml", 404), { confirmationNumber: "0074698052" })).toEqual({
      data: null,
      messages: [],
      problems: [{ field: "confirmationNumber", code: "pickupNotFound" }],
    });
  });

  it("read a cancellation", () => {
    expect(parsePickupCancelled(empty(200))).toEqual({ data: { cancelled: true }, messages: [] });
    expect(parsePickupCancelled(empty(204))).toEqual({ data: { cancelled: true }, messages: [] });
    expect(parsePickupCancelled(answer("messages-empty.xml", 404)).problems).toEqual([{ field: "confirmationNumber", code: "pickupNotFound" }]);
  });

  it("read a pickup's details: what changing or cancelling it is judged on", () => {
    expect(parsePickupDetails(answer("details.xml"))).toEqual({
      data: { confirmationNumber: "0074698052", status: "Active", date: "2025-03-11", postalCode: "K1R 7S8", readyTime: "13:15", closingTime: "17:00" },
      messages: [],
    });
    expect(parsePickupDetails(empty(404)).problems).toEqual([{ field: "confirmationNumber", code: "pickupNotFound" }]);
  });

  it("read a price: fee, GST + PST (or HST) and total", () => {
    expect(parsePickupPrice(answer("price-qc.xml"))).toEqual({ data: { feeCents: 599, taxCents: 90, totalCents: 689 }, messages: [] });
    expect(parsePickupPrice(answer("price-free.xml")).data).toEqual({ feeCents: 0, taxCents: 0, totalCents: 0 });
  });

  it("turn schema failures into the form's problems, other refusals into Canada Post's words in either language", () => {
    expect(parsePickupConfirmation(answer("messages-schema.xml", 400))).toEqual({
      data: null,
      messages: [],
      problems: [
        { field: "postalCode", code: "postalCodeInvalid" },
        { field: "contactEmail", code: "contactEmailInvalid" },
      ],
    });
    const en = parsePickupConfirmation(answer("messages-refused.xml", 400));
    expect(en).toMatchObject({ data: null, messages: [{ problem: { code: "carrierRejected" }, text: "An on-demand pickup cannot be scheduled for the requested date." }] });
    expect(en.problems).toBeUndefined();
    expect(parsePickupConfirmation(answer("messages-refused-fr.xml", 400)).messages[0]!.text).toBe("Un ramassage sur demande ne peut être prévu à la date demandée.");
    expect(parsePickupPrice(answer("messages-refused.xml", 400)).messages[0]!.detail).toBe("9121: An on-demand pickup cannot be scheduled for the requested date.");
  });

  it("fail on anything else", () => {
    expect(parsePickupConfirmation(answer("server-error.html", 500))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
    expect(parsePickupConfirmation(answer("details.xml"))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
    expect(parsePickupPrice(answer("created.xml"))).toMatchObject({ data: null, messages: [{ problem: { code: "carrierFailed" } }] });
  });
});
