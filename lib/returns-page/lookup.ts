/**
 * The public returns page's lookup (no sign-in): an order number (Shipment.reference1) and the
 * order's email or postal code find one issued, unvoided shipment of the business whose slug is in
 * the address. Every non-match (no such order, wrong email or postal code, another business's
 * order, a voided one) is the same answer, "noMatch", so nothing is learnt about other orders; only
 * when the order AND the email or postal code match does the visitor learn the window has passed.
 * Reads through the public-returns row-level security setting (one business, one order number),
 * then works inside that business's own context.
 */
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import type { AppLocale } from "@/lib/i18n/locales";
import { issueReturn, requestReturn } from "@/lib/returns/issue";
import { returnableItems, type ReturnItem } from "@/lib/returns/items";
import { returnReasons } from "@/lib/returns/reasons";
import { unsafeWithPublicReturns, type TenantContext } from "@/lib/tenancy/context";

export const PUBLIC_RETURNS_LIMIT = { perVisitor: 20, perBusiness: 300, windowSeconds: 600 };
const DAY_MS = 86_400_000;

export type ReturnsLookup =
  | { kind: "off" }
  | { kind: "noMatch" }
  | { kind: "windowPassed"; windowDays: number }
  | {
      kind: "found";
      businessId: string;
      shipmentId: string;
      orderEmail: string | null;
      items: ReturnItem[];
      reasons: { code: string; label: string }[];
      needsApproval: boolean;
      customerPays: boolean;
    };

export const normalizeEmail = (s: string) => s.trim().toLowerCase();
/** "h2x 1y4", "H2X1Y4", "h2x-1y4" are one postal code; US ZIPs compare the same way. */
export const normalizePostalCode = (s: string) => s.replace(/[\s-]/g, "").toUpperCase();

function contactMatches(contact: string, shipment: { recipientEmail: string | null; recipientPostalCode: string | null }): boolean {
  const typed = contact.trim();
  if (!typed) return false;
  if (typed.includes("@")) return !!shipment.recipientEmail && normalizeEmail(shipment.recipientEmail) === normalizeEmail(typed);
  return !!shipment.recipientPostalCode && normalizePostalCode(shipment.recipientPostalCode) === normalizePostalCode(typed) && normalizePostalCode(typed).length > 0;
}

/** Whether the business's page is on, and its return window (null: no such business, shown like an off page). */
export async function returnsPageOf(slug: string): Promise<{ name: string; enabled: boolean; windowDays: number } | null> {
  return unsafeWithPublicReturns(slug, "", async (tx) => {
    const business = await tx.business.findFirst({ where: { slug }, select: { name: true, settings: { select: { returnsPageEnabled: true, returnWindowDays: true } } } });
    if (!business) return null;
    return { name: business.name, enabled: business.settings?.returnsPageEnabled ?? true, windowDays: business.settings?.returnWindowDays ?? 30 };
  });
}

export async function lookupReturnableOrder(slug: string, orderNumber: string, contact: string, locale: AppLocale, now = new Date()): Promise<ReturnsLookup> {
  const order = orderNumber.trim();
  return unsafeWithPublicReturns(slug, order, async (tx) => {
    const business = await tx.business.findFirst({ where: { slug }, select: { id: true, settings: true } });
    const settings = business?.settings ?? null;
    if (!business || (settings && !settings.returnsPageEnabled)) return { kind: "off" } as const;
    if (!order) return { kind: "noMatch" } as const;
    const shipments = await tx.shipment.findMany({
      where: { businessId: business.id, reference1: order, status: "LABELLED", voidedAt: null },
      select: { id: true, recipientEmail: true, recipientPostalCode: true, items: true, customs: true, labelledAt: true, deliveredAt: true },
      orderBy: { labelledAt: "desc" },
    });
    const matched = shipments.filter((s) => contactMatches(contact, s));
    if (!matched.length) return { kind: "noMatch" } as const;
    const windowDays = settings?.returnWindowDays ?? 30;
    const open = matched.find((s) => {
      const from = s.deliveredAt ?? s.labelledAt;
      return !!from && now.getTime() - from.getTime() <= windowDays * DAY_MS;
    });
    if (!open) return { kind: "windowPassed", windowDays } as const;
    return {
      kind: "found",
      businessId: business.id,
      shipmentId: open.id,
      orderEmail: open.recipientEmail,
      items: returnableItems(open),
      reasons: returnReasons(settings, locale),
      needsApproval: settings?.returnsNeedApproval ?? false,
      customerPays: settings?.returnPayer === "CUSTOMER",
    } as const;
  });
}

export interface PublicReturnInput {
  orderNumber: string;
  contact: string;
  items: ReturnItem[];
  reason: string;
  note?: string | null;
  /** Where to send the label when the order has no email (or the customer prefers another). */
  email?: string | null;
  locale: AppLocale;
}

export type PublicReturnResult =
  | { kind: "off" | "noMatch" }
  | { kind: "windowPassed"; windowDays: number }
  | { kind: "issued"; number: string; token: string; slug: string }
  | { kind: "requested"; number: string };

/** Looks the order up again (never trusts a shipment id from the form) and makes the return. */
export async function submitPublicReturn(slug: string, input: PublicReturnInput, now = new Date()): Promise<PublicReturnResult> {
  const found = await lookupReturnableOrder(slug, input.orderNumber, input.contact, input.locale, now);
  if (found.kind !== "found") return found;
  const ctx: TenantContext = { businessId: found.businessId, userId: null };
  const email = input.email?.trim() || found.orderEmail || (input.contact.includes("@") ? input.contact.trim() : null);
  const base = { shipmentId: found.shipmentId, items: input.items, reason: input.reason, note: input.note, customerEmail: email, locale: input.locale, source: "customer" as const, now };
  if (found.needsApproval) {
    const r = await requestReturn(ctx, base);
    return { kind: "requested", number: r.number };
  }
  const r = await issueReturn(ctx, base);
  return { kind: "issued", number: r.number, token: r.token, slug };
}

/** Counts one lookup against the visitor's address and against the business (see lib/tracking/visitor.ts). */
export async function consumeReturnsLookup(headers: Headers, slug: string) {
  const address = clientAddress(headers) ?? "unknown";
  const visitor = await consumeRateLimit(`returns:ip:${address}`, PUBLIC_RETURNS_LIMIT.perVisitor, PUBLIC_RETURNS_LIMIT.windowSeconds);
  if (!visitor.allowed) return visitor;
  return consumeRateLimit(`returns:business:${slug}`, PUBLIC_RETURNS_LIMIT.perBusiness, PUBLIC_RETURNS_LIMIT.windowSeconds);
}
