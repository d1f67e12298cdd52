import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";

export const roleSchema = z.enum(["OWNER", "ADMIN", "SHIPPER", "VIEWER"], { message: "invalidRole" });
export const idSchema = z.string().trim().min(1, "required").max(64);

export const inviteMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleSchema = z.object({ membershipId: idSchema, role: roleSchema });
export const membershipIdSchema = z.object({ membershipId: idSchema });
export const invitationIdSchema = z.object({ invitationId: idSchema });
