import { recordAudit } from "@/lib/audit/record";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/tenancy/actor";
import { readInTenant, withTenant, type TenantContext } from "@/lib/tenancy/context";
import type { TemplateInput } from "./schemas";

/** The business's parcel templates, by name. Tenant-scoped. */
export async function listTemplates(ctx: TenantContext) {
  return readInTenant(ctx, (db) => db.parcelTemplate.findMany({ where: { businessId: ctx.businessId }, orderBy: { name: "asc" } }));
}

export async function createTemplate(actor: Actor, input: TemplateInput) {
  return withTenant(actor, async (tx) => {
    const template = await tx.parcelTemplate.create({ data: { ...input, businessId: actor.businessId }, select: { id: true } });
    await recordAudit(tx, actor, { action: "template.created", entityType: "ParcelTemplate", entityId: template.id, details: { name: input.name } });
    return template;
  });
}

export async function updateTemplate(actor: Actor, id: string, input: TemplateInput) {
  await withTenant(actor, async (tx) => {
    const { count } = await tx.parcelTemplate.updateMany({ where: { id, businessId: actor.businessId }, data: input });
    if (count === 0) throw new AppError("notFound", `template ${id} not in this business`);
    await recordAudit(tx, actor, { action: "template.updated", entityType: "ParcelTemplate", entityId: id, details: { name: input.name } });
  });
}

export async function deleteTemplate(actor: Actor, id: string) {
  await withTenant(actor, async (tx) => {
    const template = await tx.parcelTemplate.findFirst({ where: { id, businessId: actor.businessId }, select: { name: true } });
    const { count } = await tx.parcelTemplate.deleteMany({ where: { id, businessId: actor.businessId } });
    if (count === 0 || !template) throw new AppError("notFound", `template ${id} not in this business`);
    await recordAudit(tx, actor, { action: "template.deleted", entityType: "ParcelTemplate", entityId: id, details: { name: template.name } });
  });
}
