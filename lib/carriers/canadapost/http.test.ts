import { describe, expect, it } from "vitest";
import { createSender, type HttpSettings } from "./http";
import type { CpRequest } from "./request";

const rate: CpRequest = { group: "rating", method: "POST", path: "/rs/ship/price", accept: "application/vnd.cpc.ship.rate-v4+xml", body: { xml: "<mailing-scenario/>", mediaType: "application/vnd.cpc.ship.rate-v4+xml" } };
const create: CpRequest = { ...rate, group: "shipments", path: "/rs/2004381/ncshipment" };
const messages = (code: string, description: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><messages xmlns="http://www.canadapost.ca/ws/messages"><message><code>${code}</code><description>${description}</description></message></messages>`;

function scripted(answers: (Response | "timeout" | "refused")[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = answers.shift();
    if (next === "timeout") throw Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" });
    if (next === "refused" || next === undefined) throw new TypeError("fetch failed");
    return next;
  }) as typeof fetch;
  const settings: HttpSettings = { baseUrl: "http://127.0.0.1:9/", username: "user", password: "pass", locale: "fr", fetch: fetchFn, sleep: async () => {}, backoffMs: () => 0 };
  return { calls, settings };
}

const xml = (body: string, status = 200) => new Response(body, { status, headers: { "content-type": "application/vnd.cpc.ship.rate-v4+xml" } });

describe("the Canada Post HTTP layer", () => {
  it("sends basic auth, the language, the media types and the body to the path", async () => {
    const { calls, settings } = scripted([xml("<price-quotes/>")]);
    const outcome = await createSender(settings)(rate);
    expect(outcome.ok).toBe(true);
    expect(calls[0]!.url).toBe("http://127.0.0.1:9/rs/ship/price");
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Basic ${Buffer.from("user:pass").toString("base64")}`);
    expect(headers["Accept-language"]).toBe("fr-CA");
    expect(headers.Accept).toBe("application/vnd.cpc.ship.rate-v4+xml");
    expect(headers["Content-Type"]).toBe("application/vnd.cpc.ship.rate-v4+xml");
    expect(calls[0]!.init.body).toBe("<mailing-scenario/>");
  });

  it("retries a throttled call and a 5xx, then answers", async () => {
    const { calls, settings } = scripted([xml(messages("Server", "Rejected by SLM Monitor"), 503), xml("oops", 500), xml("<price-quotes/>")]);
    const outcome = await createSender(settings)(rate);
    expect(outcome.ok).toBe(true);
    expect(calls).toHaveLength(3);
  });

  it("says Canada Post is busy after every try was throttled", async () => {
    const { settings } = scripted([1, 2, 3].map(() => xml(messages("Server", "Rejected by SLM Monitor"), 503)));
    const outcome = await createSender(settings)(rate);
    expect(outcome).toMatchObject({ ok: false, messages: [{ carrier: "canadapost", problem: { code: "carrierBusy" } }] });
  });

  it("says Canada Post is not answering after timeouts", async () => {
    const { calls, settings } = scripted(["timeout", "timeout", "timeout"]);
    const outcome = await createSender(settings)(rate);
    expect(calls).toHaveLength(3);
    expect(outcome).toMatchObject({ ok: false, messages: [{ problem: { code: "carrierUnavailable" } }] });
  });

  it("never retries a shipment creation that may have been made (timeout, 500), but does when throttled", async () => {
    const timedOut = scripted(["timeout", xml("<shipment-info/>")]);
    expect(await createSender(timedOut.settings)(create)).toMatchObject({ ok: false });
    expect(timedOut.calls).toHaveLength(1);
    const failed = scripted([xml("oops", 500), xml("<shipment-info/>")]);
    const outcome = await createSender(failed.settings)(create);
    expect(failed.calls).toHaveLength(1);
    expect(outcome.ok && outcome.response.status).toBe(500);
    const throttled = scripted([xml(messages("Server", "Rejected by SLM Monitor"), 503), xml("<shipment-info/>")]);
    expect(await createSender(throttled.settings)(create)).toMatchObject({ ok: true });
    expect(throttled.calls).toHaveLength(2);
  });

  it("never sends a transmit twice when its outcome is unknown, waits on the manifests throttle, and retries a manifests read", async () => {
    const transmit: CpRequest = { group: "manifests", method: "POST", path: "/rs/2004381/2004381/manifest", accept: "application/vnd.cpc.manifest-v8+xml", body: { xml: "<transmit-set/>", mediaType: "application/vnd.cpc.manifest-v8+xml" } };
    const groups: string[] = [];
    const timedOut = scripted(["timeout", xml("<manifests/>")]);
    expect(await createSender({ ...timedOut.settings, throttle: async (g) => void groups.push(g) })(transmit)).toMatchObject({ ok: false, messages: [{ problem: { code: "carrierUnavailable" } }] });
    expect(timedOut.calls).toHaveLength(1);
    expect(groups).toEqual(["manifests"]);
    const read = scripted(["timeout", xml("<manifests/>")]);
    expect(await createSender(read.settings)({ ...transmit, method: "GET", body: undefined })).toMatchObject({ ok: true });
    expect(read.calls).toHaveLength(2);
  });

  it("hands a request's own problem (validation, schema) to the parser without retrying", async () => {
    const { calls, settings } = scripted([xml(messages("Server", "cvc-pattern-valid: Value 'X' is not facet-valid"), 500), xml("<price-quotes/>")]);
    const outcome = await createSender(settings)(rate);
    expect(calls).toHaveLength(1);
    expect(outcome.ok && outcome.response.status).toBe(500);
  });

  it("turns HTTP 401 into a message about the account's credentials", async () => {
    const { settings } = scripted([xml("", 401)]);
    expect(await createSender(settings)(rate)).toMatchObject({ ok: false, messages: [{ problem: { code: "carrierAuthFailed" } }] });
  });

  it("waits on the throttle before each try, and stops when the throttle gives up", async () => {
    const groups: string[] = [];
    const { settings } = scripted([xml("<price-quotes/>")]);
    await createSender({ ...settings, throttle: async (g) => void groups.push(g) })(rate);
    expect(groups).toEqual(["rating"]);
    const gaveUp = await createSender({ ...settings, throttle: async () => { throw new Error("no free call"); } })(rate);
    expect(gaveUp).toMatchObject({ ok: false, messages: [{ problem: { code: "carrierBusy" } }] });
  });
});
