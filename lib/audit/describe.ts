/**
 * What an activity-log entry says: the message (`audit.actions.<action>`), its values and the page
 * of the object it names. Pure: the entry's stored details come first; `target` is what the object
 * looks like now (from `listAudit`), used when an older entry did not store a name, and its
 * presence says the object still exists, so the sentence may link to it.
 */

export interface AuditTarget {
  /** Batch number, pickup confirmation number or invoice number. */
  number?: string;
  trackingNumber?: string;
  /** Contact or shipment recipient name, or the email of an invitation or member. */
  name?: string;
  batchNumber?: string;
}

export interface DescribableEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
  /** The object as it is now; null when it no longer exists (or was never looked up). */
  target: AuditTarget | null;
}

export type AuditValue = string | number | Date;

export interface AuditDescription {
  /** A key of the "audit" namespace. */
  key: string;
  values: Record<string, AuditValue>;
  /** The page of the object the sentence names, when it still exists. */
  href: string | null;
  /** The API key the change came through (recordAudit stores it), read after the sentence. */
  apiKey?: string | null;
}

type Details = Record<string, unknown>;
type Describe = (d: Details, e: DescribableEntry, page: (path: string) => string) => { values?: Record<string, AuditValue>; href?: string | null };

const str = (d: Details, k: string) => (typeof d[k] === "string" ? (d[k] as string) : typeof d[k] === "number" ? String(d[k]) : "");
const num = (d: Details, k: string) => (typeof d[k] === "number" ? (d[k] as number) : 0);
const dollars = (d: Details, k: string) => num(d, k) / 100;
/** A YYYY-MM-DD (or YYYY-MM) day as a Date at noon UTC, the same calendar day in every Canadian zone. */
const day = (value: string) => {
  const [y, m, dd] = value.split("-").map(Number);
  return new Date(Date.UTC(y || 1970, (m || 1) - 1, dd || 1, 12));
};
/** The object's own page while it exists. */
const own = (e: DescribableEntry, page: (path: string) => string, section: string) => (e.target && e.entityId ? page(`${section}/${e.entityId}`) : null);
const batchNumber = (d: Details, e: DescribableEntry) => str(d, "number") || e.target?.number || "";
const tracking = (d: Details, e: DescribableEntry) => str(d, "trackingNumber") || e.target?.trackingNumber || "";
const pickupNumber = (d: Details, e: DescribableEntry) => str(d, "confirmationNumber") || e.target?.number || "";
const named = (name: string) => ({ name, named: name ? "yes" : "no" });

const batch: Describe = (d, e, page) => ({ values: { number: batchNumber(d, e) }, href: own(e, page, "batches") });
const shipment: Describe = (d, e, page) => ({ values: { tracking: tracking(d, e) }, href: own(e, page, "shipments") });
const pickup: Describe = (d, e, page) => ({ values: { number: pickupNumber(d, e), date: day(str(d, "date")) }, href: own(e, page, "pickups") });
const contact: Describe = (d, e, page) => ({ values: named(str(d, "name") || e.target?.name || ""), href: own(e, page, "contacts") });
const location: Describe = (d, _e, page) => ({ values: named(str(d, "name")), href: page("locations") });
const template: Describe = (d, _e, page) => ({ values: named(str(d, "name")), href: page("templates") });
const member: Describe = (d, e, page) => ({ values: { email: str(d, "email") || e.target?.name || "", role: str(d, "role"), from: str(d, "from"), to: str(d, "to") }, href: page("members") });
const apiKey: Describe = (d, _e, page) => ({ values: { name: str(d, "name"), mode: str(d, "mode") || "TEST" }, href: page("developers") });
const carrierAccount: Describe = (d, _e, page) => ({ values: { mode: str(d, "mode") || "SANDBOX" }, href: page("settings/carriers") });

const returnOf: Describe = (d, _e, page) => ({ values: { number: str(d, "number"), tracking: str(d, "trackingNumber") }, href: str(d, "shipmentId") ? page(`shipments/${str(d, "shipmentId")}`) : null });

/** An open return template's page, while it exists. */
const openReturn: Describe = (d, e, page) => ({
  values: { location: str(d, "location"), max: num(d, "maxUses"), amount: dollars(d, "estimatedCents"), count: num(d, "count"), tracking: str(d, "trackingNumber") || e.target?.trackingNumber || "" },
  href: e.entityId ? page(`returns/open/${e.entityId}`) : null,
});
const openReturnUsed: Describe = (d, e, page) => ({ ...openReturn(d, e, page), values: { tracking: str(d, "trackingNumber"), amount: dollars(d, "amountCents") } });

const webhookEndpoint: Describe = (d, _e, page) => ({ values: { url: str(d, "url") }, href: page("developers/webhooks") });

/** Every action written to the audit log and how its sentence is filled. */
export const AUDIT_SENTENCES: Record<string, Describe> = {
  "business.created": (d) => ({ values: { name: str(d, "name") } }),
  "business.profile_updated": (_d, _e, page) => ({ href: page("settings") }),
  "invitation.created": member,
  "invitation.revoked": member,
  "member.role_changed": member,
  "member.removed": (d) => ({ values: { email: str(d, "email"), role: str(d, "role") } }),
  "member.left": () => ({}),
  "member.joined": (d) => ({ values: { role: str(d, "role") } }),
  "template.created": template,
  "template.updated": template,
  "template.deleted": (d) => ({ values: named(str(d, "name")) }),
  "settings.business_updated": (_d, _e, page) => ({ href: page("defaults") }),
  "settings.own_updated": (_d, _e, page) => ({ href: page("defaults") }),
  "settings.returns_updated": (_d, _e, page) => ({ href: page("settings") }),
  "location.created": location,
  "location.updated": location,
  "location.made_default": location,
  "location.deleted": (d) => ({ values: named(str(d, "name")) }),
  "contact.created": contact,
  "contact.updated": contact,
  "contact.deleted": (d) => ({ values: named(str(d, "name")) }),
  "contact.imported": (d, _e, page) => ({ values: { file: str(d, "name"), count: num(d, "imported") }, href: page("contacts") }),
  "apiKey.created": apiKey,
  "apiKey.revoked": apiKey,
  "carrier_account.connected": carrierAccount,
  "carrier_account.updated": carrierAccount,
  "carrier_account.removed": (d) => ({ values: { mode: str(d, "mode") || "SANDBOX" } }),
  "webhook_endpoint.created": webhookEndpoint,
  "webhook_endpoint.updated": webhookEndpoint,
  "webhook_endpoint.enabled": webhookEndpoint,
  "manifest.created": (d, e, page) => ({ values: { number: str(d, "number"), count: String(d.count ?? "") }, href: page(`manifests/${e}`) }),
  "webhook_endpoint.disabled": webhookEndpoint,
  "webhook_endpoint.disabled_failing": webhookEndpoint,
  "webhook_endpoint.secret_rolled": webhookEndpoint,
  "webhook_endpoint.deleted": (d) => ({ values: { url: str(d, "url") } }),
  "webhook_delivery.resent": (d) => ({ values: { url: str(d, "url"), type: str(d, "type") } }),
  "batch.created": batch,
  "batch.rows_added": (d, e, page) => ({ values: { number: batchNumber(d, e), count: num(d, "fromContacts") }, href: own(e, page, "batches") }),
  "batch.imported": (d, e, page) => ({ values: { number: batchNumber(d, e), file: str(d, "name"), count: num(d, "rows") }, href: own(e, page, "batches") }),
  "batch.paid": (d, e, page) => ({
    values: { number: batchNumber(d, e), count: num(d, "shipments"), amount: dollars(d, "totalCents"), method: str(d, "method") || "ACCOUNT" },
    href: own(e, page, "batches"),
  }),
  "batch.labelled": (d, e, page) => ({ values: { number: batchNumber(d, e), count: num(d, "shipments") }, href: own(e, page, "batches") }),
  "batch.deleted": (d, e) => ({ values: { number: batchNumber(d, e) } }),
  "shipment.refused": (d, e, page) => ({
    values: { recipient: str(d, "recipient") || e.target?.name || "", number: str(d, "batchNumber") || e.target?.batchNumber || "" },
    href: own(e, page, "shipments"),
  }),
  "shipment.voided": shipment,
  "shipment.voidRequested": shipment,
  "shipment.refunded": shipment,
  "shipment.refundRefused": shipment,
  "pickup.booked": pickup,
  "pickup.changed": pickup,
  "pickup.cancelled": pickup,
  "return.requested": returnOf,
  "return.issued": returnOf,
  "return.charged": returnOf,
  "return.approved": returnOf,
  "return.refused": returnOf,
  "return.cancelled": returnOf,
  "openReturn.created": openReturn,
  "openReturn.printed": openReturn,
  "openReturn.retired": openReturn,
  "openReturn.used": openReturnUsed,
  "labels.emailed": (d, e, page) => {
    const to = Array.isArray(d.to) ? d.to.filter((a): a is string => typeof a === "string").join(", ") : str(d, "to");
    const ofShipment = e.entityType === "Shipment";
    return {
      values: { kind: ofShipment ? "shipment" : "batch", to, tracking: tracking(d, e), number: batchNumber(d, e) },
      href: own(e, page, ofShipment ? "shipments" : "batches"),
    };
  },
  "invoice.issued": (d, e, page) => ({
    values: { number: str(d, "number") || e.target?.number || "", period: day(str(d, "period")), amount: dollars(d, "amountCents") },
    href: page("account"),
  }),
};

/** The sentence of one entry (an action no sentence knows reads "recorded the event …"). */
export function describeAudit(entry: DescribableEntry, slug: string): AuditDescription {
  const details = (entry.details && typeof entry.details === "object" && !Array.isArray(entry.details) ? entry.details : {}) as Details;
  const via = details.apiKey && typeof details.apiKey === "object" ? str(details.apiKey as Details, "name") || null : null;
  const describe = AUDIT_SENTENCES[entry.action];
  if (!describe) return { key: "other", values: { action: entry.action }, href: null, apiKey: via };
  const { values = {}, href = null } = describe(details, entry, (path) => `/b/${slug}/${path}`);
  return { key: `actions.${entry.action}`, values, href, apiKey: via };
}
