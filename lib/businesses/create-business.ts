import crypto from "node:crypto";
import { businessNameSchema } from "./name";
import { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record";
import { withTenant } from "@/lib/tenancy/context";
import { slugify, slugWithSuffix } from "./slug";

export { businessNameSchema };

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/**
 * Creates a business and makes `userId` its owner, in one transaction with its audit entry.
 * Slugs are unique across all businesses; other businesses are invisible here (row-level
 * security), so a taken slug shows up as a unique violation and we retry with a suffix.
 */
export async function createBusiness(input: { userId: string; name: string }): Promise<{ id: string; slug: string }> {
  const name = businessNameSchema.parse(input.name);
  const base = slugify(name);
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = crypto.randomUUID();
    const slug = attempt === 0 ? base : slugWithSuffix(base);
    const ctx = { businessId: id, userId: input.userId };
    try {
      return await withTenant(ctx, async (tx) => {
        await tx.business.create({ data: { id, name, slug } });
        await tx.membership.create({ data: { businessId: id, userId: input.userId, role: "OWNER" } });
        await recordAudit(tx, ctx, { action: "business.created", entityType: "Business", entityId: id, details: { name } });
        return { id, slug };
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
  }
  throw new Error(`Could not find a free slug for ${base}`);
}
