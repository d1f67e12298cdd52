import type { Role } from "@/lib/db/generated/enums";
import type { TenantContext } from "./context";

/** A signed-in member acting in one business, as the action wrapper hands it to services. */
export interface Actor extends TenantContext {
  userId: string;
  role: Role;
  slug: string;
}
