/**
 * Canada Post tracking: the requests, and answers shaped like Canada Post's (each valid against
 * track.xsd or messages.xsd, tests/canadapost/fixtures/tracking) read into Envoi's tracking: a
 * full journey delivered with a signature, a French answer with a delay, a Deliver to Post Office
 * parcel ready for pickup, a return to sender, a PIN without events, an unknown PIN and failures.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFor, validateAgainst } from "@/tests/canadapost/validate";
import type { CpResponse } from "./request";
import { eventKind, normalizeEventCode } from "./tracking-codes";
import { eventInstant, parseTrackingDetail, parseTrackingSummary, TRACK_MEDIA_TYPE, trackDetailRequest, trackSummaryRequest } from "./tracking";

const DIR = path.resolve(import.meta.dirname, "../../../tests/canadapost/fixtures/tracking");
const fixture = (name: string) => readFileSync(path.join(DIR, name), "utf8");
const answer = (name: string, status = 200): CpResponse => ({
  status,
  contentType: name.endsWith(".html") ? "text/html" : TRACK_MEDIA_TYPE,
  body: fixture(name),
  bytes: new Uint8Array(),
});

describe("tracking requests", () => {
  it("asks for one PIN's details and summary, with the track media type", () => {
    expect(trackDetailRequest("7023210039414604")).toEqual({ group: "tracking", method: "GET", path: "/vis/track/pin/7023210039414604/detail", accept: "application/vnd.cpc.track+xml" });
    expect(trackSummaryRequest(" 7023 2100 3941 4604 ")).toEqual({ group: "tracking", method: "GET", path: "/vis/track/pin/7023210039414604/summary", accept: "application/vnd.cpc.track+xml" });
    expect(trackDetailRequest("AB/12").path).toBe("/vis/track/pin/AB%2F12/detail");
  });
});

describe("the fixtures", () => {
  it("are valid against Canada Post's schemas", async () => {
    for (const name of readdirSync(DIR).filter((n) => n.endsWith(".xml"))) {
      const xml = fixture(name);
      const schema = schemaFor(xml);
      expect(schema, name).not.toBeNull();
      const result = await validateAgainst(schema!, xml);
      expect(result.errors, name).toEqual([]);
    }
  });
});

describe("parseTrackingDetail", () => {
  it("reads a full journey oldest first, delivered with the signature event's signatory", () => {
    const { data, messages } = parseTrackingDetail(answer("detail-delivered-signature.xml"), "7023210039414604");
    expect(messages).toEqual([]);
    expect(data!.trackingNumber).toBe("7023210039414604");
    expect(data!.status).toBe("DELIVERED");
    expect(data!.expectedDeliveryDate).toBe("2025-07-10");
    expect(data!.events.map((e) => [e.code, e.occurredAt, e.status, e.notice])).toEqual([
      ["3000", "2025-07-07T20:45:00.000Z", "CREATED", null],
      ["1301", "2025-07-08T15:02:17.000Z", "IN_TRANSIT", "shipped"],
      ["0100", "2025-07-08T23:20:31.000Z", "IN_TRANSIT", "shipped"],
      ["0175", "2025-07-09T07:12:55.000Z", "IN_TRANSIT", null],
      ["0100", "2025-07-10T02:41:03.000Z", "IN_TRANSIT", "shipped"],
      ["0174", "2025-07-10T12:05:44.000Z", "OUT_FOR_DELIVERY", null],
      ["1496", "2025-07-10T18:32:10.000Z", "DELIVERED", "delivered"],
      ["20", "2025-07-10T18:32:10.000Z", "DELIVERED", null],
    ]);
    const delivered = data!.events[6]!;
    expect(delivered).toMatchObject({ place: "MONTREAL, QC", signatory: "M TREMBLAY", description: { en: "Delivered", fr: "Livré" } });
    expect(data!.events[0]!.place).toBe("OTTAWA, ON");
    expect(data!.events.filter((e) => e.code !== "20" && e.code !== "1496").every((e) => e.signatory === null)).toBe(true);
  });

  it("reads a French answer in French time zones, with our wording in both languages and the revised date", () => {
    const { data } = parseTrackingDetail(answer("detail-fr.xml"), "1371134583769923");
    expect(data!.expectedDeliveryDate).toBe("2025-11-14");
    expect(data!.events.map((e) => e.status)).toEqual(["CREATED", "IN_TRANSIT", "EXCEPTION", "OUT_FOR_DELIVERY", "DELIVERED"]);
    expect(data!.events[0]!.occurredAt).toBe("2025-11-10T15:15:00.000Z");
    expect(data!.events[2]).toMatchObject({ code: "0162", notice: "exception", description: { en: "Possible delay: transportation problem", fr: "Retard possible : problème de transport" } });
    expect(data!.events[4]!.description).toEqual({
      en: "Delivered to the community mailbox or parcel locker",
      fr: "Livré dans la boîte postale communautaire ou le casier à colis",
    });
    expect(data!.events[4]!.place).toBe("QUEBEC, QC");
  });

  it("reads a Deliver to Post Office parcel ready for pickup; an unknown code keeps the status and Canada Post's words", () => {
    const { data } = parseTrackingDetail(answer("detail-d2po-ready.xml"), "4006254600123456");
    expect(data!.status).toBe("READY_FOR_PICKUP");
    expect(data!.events.map((e) => [e.code, e.status])).toEqual([
      ["3000", "CREATED"],
      ["0100", "IN_TRANSIT"],
      ["1225", "IN_TRANSIT"],
      ["1703", "IN_TRANSIT"],
      ["1701", "READY_FOR_PICKUP"],
    ]);
    const unknown = data!.events[2]!;
    expect(unknown.description).toEqual({ en: "Delivery preference - Deliver to post office", fr: "Delivery preference - Deliver to post office" });
    expect(unknown.notice).toBeNull();
    // No time zone: the event province's (Vancouver, daylight time in September).
    expect(unknown.occurredAt).toBe("2025-09-16T01:02:00.000Z");
    expect(data!.events[4]).toMatchObject({ notice: "readyForPickup", place: "CALGARY, AB", occurredAt: "2025-09-17T17:30:00.000Z" });
  });

  it("reads a parcel going back to its sender as RETURNED, even under a delivered code", () => {
    const { data } = parseTrackingDetail(answer("detail-returned.xml"), "4006254600654321");
    expect(data!.events.map((e) => [e.code, e.status, e.notice])).toEqual([
      ["3000", "CREATED", null],
      ["1701", "READY_FOR_PICKUP", "readyForPickup"],
      ["1419", "RETURNED", "exception"],
      ["1496", "RETURNED", null],
    ]);
    expect(data!.events[3]!.description).toEqual({ en: "Item successfully returned to sender", fr: "Item successfully returned to sender" });
    expect(data!.status).toBe("RETURNED");
  });

  it("gives a known PIN without events as tracking with no events", () => {
    expect(parseTrackingDetail(answer("detail-no-events.xml"), "7023210039499999")).toEqual({
      data: { trackingNumber: "7023210039499999", status: "CREATED", expectedDeliveryDate: null, events: [] },
      messages: [],
    });
  });

  it("leaves out a PIN Canada Post does not know, in either language, and a bare 404", () => {
    expect(parseTrackingDetail(answer("messages-no-pin-history.xml", 404), "123")).toEqual({ data: null, messages: [] });
    expect(parseTrackingDetail(answer("messages-no-pin-history-fr.xml", 404), "123")).toEqual({ data: null, messages: [] });
    expect(parseTrackingDetail(answer("messages-empty.xml", 404), "123")).toEqual({ data: null, messages: [] });
    expect(parseTrackingDetail({ status: 404, contentType: "", body: "", bytes: new Uint8Array() }, "123")).toEqual({ data: null, messages: [] });
  });

  it("turns Canada Post's other refusals into its words, and anything else into a failure", () => {
    const en = parseTrackingDetail(answer("messages-auth.xml", 400), "123");
    expect(en.data).toBeNull();
    expect(en.messages).toMatchObject([{ carrier: "canadapost", problem: { code: "carrierRejected" }, text: "AAA Authentication Failure", detail: "E002: AAA Authentication Failure" }]);
    const fr = parseTrackingDetail(answer("messages-auth-fr.xml", 400), "123");
    expect(fr.messages[0]!.text).toBe("Échec de l'authentification AAA");
    const html = parseTrackingDetail(answer("server-error.html", 500), "123");
    expect(html.data).toBeNull();
    expect(html.messages).toMatchObject([{ problem: { code: "carrierFailed" } }]);
    expect(html.messages[0]!.detail).toContain("HTTP 500");
    expect(parseTrackingDetail(answer("summary.xml"), "123").messages).toMatchObject([{ problem: { code: "carrierFailed" } }]);
  });
});

describe("parseTrackingSummary", () => {
  it("gives the coarse status and expected date, without events", () => {
    expect(parseTrackingSummary(answer("summary.xml"), "7023210039414604")).toEqual({
      data: { trackingNumber: "7023210039414604", status: "DELIVERED", expectedDeliveryDate: "2025-07-10", events: [] },
      messages: [],
    });
    const attempted = fixture("summary.xml").replace("<actual-delivery-date>2025-07-10</actual-delivery-date>", "<actual-delivery-date/>").replace("DELIVERED", "ATTEMPTED");
    expect(parseTrackingSummary({ ...answer("summary.xml"), body: attempted }, "7023210039414604").data!.status).toBe("EXCEPTION");
    const induction = attempted.replace("ATTEMPTED", "INDUCTION");
    expect(parseTrackingSummary({ ...answer("summary.xml"), body: induction }, "7023210039414604").data!.status).toBe("CREATED");
    expect(parseTrackingSummary(answer("messages-no-pin-history.xml", 404), "123")).toEqual({ data: null, messages: [] });
  });
});

describe("event codes and times", () => {
  it("compare codes without their leading zeros", () => {
    expect(normalizeEventCode("0174")).toBe("174");
    expect(eventKind("0174")).toMatchObject({ status: "OUT_FOR_DELIVERY" });
    expect(eventKind("1427")).toMatchObject({ status: "DELIVERED", notice: "delivered", en: "Delivered to a safe place at the address" });
    expect(eventKind("1435")).toMatchObject({ status: "READY_FOR_PICKUP", notice: "readyForPickup" });
    expect(eventKind("1443")).toMatchObject({ status: "EXCEPTION", notice: "exception" });
    expect(eventKind("3000")).toMatchObject({ status: "CREATED" });
    expect(eventKind("20")).toMatchObject({ status: null });
    expect(eventKind("9999")).toBeNull();
  });

  it("read Canada Post's zones, else the province's, else Eastern time", () => {
    expect(eventInstant("2025-01-15", "09:00:00", "NST", null)).toBe("2025-01-15T12:30:00.000Z");
    expect(eventInstant("2025-07-15", "09:00", "HAP", null)).toBe("2025-07-15T16:00:00.000Z");
    expect(eventInstant("2025-01-15", "09:00:00", "", "SK")).toBe("2025-01-15T15:00:00.000Z");
    expect(eventInstant("2025-07-15", "09:00:00", "ISRAEL", null)).toBe("2025-07-15T13:00:00.000Z");
    expect(eventInstant("", "09:00:00", "EST", null)).toBeNull();
  });
});
