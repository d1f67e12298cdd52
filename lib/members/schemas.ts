import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { idField } from "@/lib/forms/fields";

export const roleSchema = z.enum(["OWNER", "ADMIN", "SHIPPER", "VIEWER"], { message: "invalidRole" });
export const idSchema = idField;

export const inviteMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleSchema = z.object({ membershipId: idSchema, role: roleSchema });
export const membershipIdSchema = z.object({ membershipId: idSchema });
export const invitationIdSchema = z.object({ invitationId: idSchema });
