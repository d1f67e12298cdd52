/**
 * Filling a draft batch: create it, add blank rows, rows from address-book contacts, duplicates,
 * save a row as it is typed, remove a row. Tenant-scoped; every id from input is looked up inside
 * the business; a batch that is no longer a draft cannot change.
 */
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/db/generated/client";
import { postOfficeById } from "@/lib/carriers/post-offices";
import { effectiveDefaults, type Defaults } from "@/lib/settings/settings";
import { draftFromRow, rowFromDraft } from "@/lib/shipments/draft-row";
import { insertShipments } from "./insert-shipments";
import type { ShipmentDraft } from "@/lib/shipments/draft";
import type { Actor } from "@/lib/tenancy/actor";
import { withTenant } from "@/lib/tenancy/context";
import { MAX_BATCH_SHIPMENTS } from "./limits";
import { loadDraftBatch, loadRow, lockBatch } from "./load";
import { blankDraft, withContact } from "./new-row";
import { searchTextOf } from "./search-text";
import type { AppLocale } from "@/lib/i18n/locales";
import type { UnitSystem } from "@/lib/rating/measures";
import { applyTypedFields, type DraftFields, type TypingErrors } from "@/lib/shipments/draft-schema";

async function nextBatchNumber(tx: Tx, businessId: string): Promise<number> {
  const last = await tx.batch.findFirst({ where: { businessId }, orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

/** A new, empty draft batch in the member's label format. */
export async function createBatch(actor: Actor): Promise<{ id: string; number: number }> {
  const defaults = await effectiveDefaults(actor);
  return withTenant(actor, (tx) => createBatchIn(tx, actor, defaults.labelFormat));
}

/**
 * A new, empty draft batch inside the caller's transaction (createBatch, and the import of a file
 * of orders, which creates several batches and their rows in one transaction), with its audit entry.
 */
export async function createBatchIn(tx: Tx, actor: Actor, labelFormat: Defaults["labelFormat"]): Promise<{ id: string; number: number }> {
  // Serialise numbering per business: the advisory lock lasts until commit.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`batch-number:${actor.businessId}`}))`;
  const number = await nextBatchNumber(tx, actor.businessId);
  const batch = await tx.batch.create({ data: { businessId: actor.businessId, number, createdById: actor.userId, labelFormat }, select: { id: true, number: true } });
  await recordAudit(tx, actor, { action: "batch.created", entityType: "Batch", entityId: batch.id, details: { number } });
  return batch;
}

/**
 * Appends drafts to a draft batch of the actor's business, in the order given, inside the caller's
 * transaction; refuses to go past 50 rows. One INSERT for all of them (insertShipments), so an
 * import of 20 batches of 50 stays fast. Returns the new rows' ids in the drafts' order.
 */
export async function insertRows(tx: Tx, actor: Actor, batchId: string, drafts: ShipmentDraft[]): Promise<string[]> {
  await lockBatch(tx, actor.businessId, batchId);
  await loadDraftBatch(tx, actor.businessId, batchId);
  const count = await tx.shipment.count({ where: { batchId, businessId: actor.businessId } });
  if (count + drafts.length > MAX_BATCH_SHIPMENTS) throw new AppError("batchFull", `batch ${batchId} would have ${count + drafts.length} rows`, undefined, { max: MAX_BATCH_SHIPMENTS });
  const last = await tx.shipment.findFirst({ where: { batchId, businessId: actor.businessId }, orderBy: { position: "desc" }, select: { position: true } });
  const start = (last?.position ?? 0) + 1;
  return insertShipments(
    tx,
    actor.businessId,
    batchId,
    drafts.map((draft, i) => ({ draft, position: start + i })),
  );
}

export async function addBlankRow(actor: Actor, batchId: string): Promise<string> {
  const defaults = await effectiveDefaults(actor);
  return withTenant(actor, async (tx) => (await insertRows(tx, actor, batchId, [blankDraft(defaults)]))[0]!);
}

/** One row per contact, in the order given; contacts of other businesses are "not found". */
export async function addRowsFromContacts(actor: Actor, batchId: string, contactIds: string[]): Promise<string[]> {
  const defaults = await effectiveDefaults(actor);
  return withTenant(actor, async (tx) => {
    const unique = [...new Set(contactIds)];
    const contacts = await tx.contact.findMany({ where: { businessId: actor.businessId, id: { in: unique } } });
    if (contacts.length !== unique.length) throw new AppError("notFound", "a contact is not in this business", "contactIds");
    const byId = new Map(contacts.map((c) => [c.id, c]));
    const ids = await insertRows(tx, actor, batchId, unique.map((id) => withContact(blankDraft(defaults), byId.get(id)!)));
    const { number } = await loadDraftBatch(tx, actor.businessId, batchId);
    await recordAudit(tx, actor, { action: "batch.rows_added", entityType: "Batch", entityId: batchId, details: { number, fromContacts: ids.length } });
    return ids;
  });
}

/** A copy of a row right after the batch's last row, not rated (its price is checked again). */
export async function duplicateRow(actor: Actor, batchId: string, shipmentId: string): Promise<string> {
  return withTenant(actor, async (tx) => {
    const row = await loadRow(tx, actor.businessId, batchId, shipmentId);
    const [id] = await insertRows(tx, actor, batchId, [draftFromRow(row)]);
    if (row.postOffice) await tx.shipment.update({ where: { id: id! }, data: { postOffice: row.postOffice } });
    return id!;
  });
}

/**
 * Saves a row as typed. Ids in the draft (location, template, contact) must be this business's.
 * The row's rating is kept: payment compares it with the row's inputs and asks for a new rating
 * when they changed.
 */
export async function saveRow(actor: Actor, batchId: string, shipmentId: string, draft: ShipmentDraft): Promise<void> {
  await withTenant(actor, async (tx) => {
    await loadDraftBatch(tx, actor.businessId, batchId);
    await loadRow(tx, actor.businessId, batchId, shipmentId);
    if (draft.locationId && !(await tx.location.findFirst({ where: { id: draft.locationId, businessId: actor.businessId }, select: { id: true } }))) {
      throw new AppError("notFound", "location not in this business", "locationId");
    }
    if (draft.templateId && !(await tx.parcelTemplate.findFirst({ where: { id: draft.templateId, businessId: actor.businessId }, select: { id: true } }))) {
      throw new AppError("notFound", "template not in this business", "templateId");
    }
    if (draft.contactId && !(await tx.contact.findFirst({ where: { id: draft.contactId, businessId: actor.businessId }, select: { id: true } }))) {
      draft = { ...draft, contactId: null };
    }
    await tx.shipment.update({ where: { id: shipmentId }, data: { ...rowFromDraft(draft), searchText: searchTextOf(draft, null) } });
  });
}

export async function removeRow(actor: Actor, batchId: string, shipmentId: string): Promise<void> {
  await withTenant(actor, async (tx) => {
    await loadDraftBatch(tx, actor.businessId, batchId);
    await loadRow(tx, actor.businessId, batchId, shipmentId);
    await tx.shipment.delete({ where: { id: shipmentId } });
  });
}

/** Deletes a draft batch and its rows (a paid batch is kept forever). */
export async function deleteDraftBatch(actor: Actor, batchId: string): Promise<void> {
  await withTenant(actor, async (tx) => {
    await lockBatch(tx, actor.businessId, batchId);
    const batch = await loadDraftBatch(tx, actor.businessId, batchId);
    await tx.batch.delete({ where: { id: batch.id } });
    await recordAudit(tx, actor, { action: "batch.deleted", entityType: "Batch", entityId: batchId, details: { number: batch.number } });
  });
}

/** Gives every row of a draft batch (or only the rows given, the sheet's selection) the size and weight of one of the business's templates. */
export async function applyTemplateToAll(actor: Actor, batchId: string, templateId: string, onlyIds?: readonly string[]): Promise<number> {
  return withTenant(actor, async (tx) => {
    await lockBatch(tx, actor.businessId, batchId);
    await loadDraftBatch(tx, actor.businessId, batchId);
    const t = await tx.parcelTemplate.findFirst({ where: { id: templateId, businessId: actor.businessId } });
    if (!t) throw new AppError("notFound", "template not in this business", "templateId");
    const { count } = await tx.shipment.updateMany({
      where: { batchId, businessId: actor.businessId, ...(onlyIds ? { id: { in: [...onlyIds] } } : {}) },
      data: { templateId: t.id, lengthMm: t.lengthMm, widthMm: t.widthMm, heightMm: t.heightMm, weightGrams: t.weightGrams },
    });
    return count;
  });
}

/**
 * Saves the fields of a row that the user changed, over what is stored: a bulk change made
 * meanwhile (a template applied to every row) is not overwritten by a form that was open, and
 * sizes not typed keep their exact millimetres and grams. A field that cannot be taken (too long,
 * letters or 1e9 in a weight) keeps its stored value and comes back with its problem, for the
 * message next to it; every other field is saved.
 */
export async function saveRowFields(actor: Actor, batchId: string, shipmentId: string, changed: Partial<Record<keyof DraftFields, string>>, units: UnitSystem, locale: AppLocale): Promise<TypingErrors> {
  const row = await withTenant(actor, async (tx) => {
    await loadDraftBatch(tx, actor.businessId, batchId);
    return loadRow(tx, actor.businessId, batchId, shipmentId);
  });
  const { draft, errors } = applyTypedFields(draftFromRow(row), changed, units, locale);
  await saveRow(actor, batchId, shipmentId, draft);
  if ("postOfficeId" in changed && !errors.postOfficeId) await setPostOffice(actor, batchId, shipmentId, changed.postOfficeId?.trim() || null);
  return errors;
}

/** Deliver to Post Office: the office chosen for a row, as the carrier describes it (the id from the form is looked up, never trusted). */
export async function setPostOffice(actor: Actor, batchId: string, shipmentId: string, officeId: string | null): Promise<void> {
  const office = officeId ? await postOfficeById(actor, officeId) : null;
  if (officeId && !office) throw new AppError("notFound", `post office ${officeId}`, "postOfficeId");
  const snapshot = office ? { id: office.id, name: office.name, line1: office.line1, city: office.city, province: office.province, postalCode: office.postalCode } : null;
  await withTenant(actor, async (tx) => {
    await loadDraftBatch(tx, actor.businessId, batchId);
    await loadRow(tx, actor.businessId, batchId, shipmentId);
    await tx.shipment.update({ where: { id: shipmentId }, data: { postOffice: snapshot ?? Prisma.DbNull } });
  });
}
