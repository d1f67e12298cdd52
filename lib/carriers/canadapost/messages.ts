/**
 * Canada Post's error answers: `<messages><message><code/><description/></message></messages>`
 * (messages.xsd), in the language asked for. Each becomes a CarrierMessage whose `text` is Canada
 * Post's own description, shown as "Canada Post: <description>" next to the row or form.
 */
import { problem } from "@/lib/rating/problems";
import type { CarrierMessage } from "../types";
import { children, readXml, text } from "./xml";
import type { CpResponse } from "./request";

export interface CpMessage {
  code: string;
  description: string;
}

/** Every `<message>` of an answer (none when it is not a `<messages>` document). */
export function parseMessages(xml: string): CpMessage[] {
  const doc = readXml(xml);
  if (!doc || doc.name !== "messages") return [];
  return children(doc.element, "message").map((m) => ({ code: text(m, "code") ?? "", description: text(m, "description") ?? "" }));
}

/** The throttle's answer ("Rejected by SLM Monitor"): retry later. */
export function isThrottled(messages: CpMessage[]): boolean {
  return messages.some((m) => /SLM Monitor/i.test(m.description));
}

/** Canada Post refused the request: its words, shown after its name. */
export function rejected(messages: CpMessage[]): CarrierMessage[] {
  return messages.map((m) => ({ carrier: "canadapost", problem: problem("carrierRejected", undefined, { carrier: "canadapost", text: m.description || m.code }), text: m.description || m.code, detail: `${m.code}: ${m.description}` }));
}

/** An answer the parser did not expect (not the documented shape): a failure, details for logs. */
export function unexpected(response: CpResponse, what: string): CarrierMessage[] {
  const messages = parseMessages(response.body);
  if (messages.length) return rejected(messages);
  return [{ carrier: "canadapost", problem: problem("carrierFailed", undefined, { carrier: "canadapost" }), detail: `${what}: HTTP ${response.status} ${response.body.slice(0, 300)}` }];
}
