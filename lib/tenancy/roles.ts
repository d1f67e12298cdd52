import type { Role } from "@/lib/db/generated/enums";

export const ROLES = ["OWNER", "ADMIN", "SHIPPER", "VIEWER"] as const satisfies readonly Role[];

/**
 * What each role may do. Owners and admins manage the team; shippers create and pay for
 * shipments; viewers only read. Add a permission here before using it in an action.
 */
const PERMISSIONS = {
  "business.read": ["OWNER", "ADMIN", "SHIPPER", "VIEWER"],
  "members.read": ["OWNER", "ADMIN", "SHIPPER", "VIEWER"],
  "members.manage": ["OWNER", "ADMIN"],
  "audit.read": ["OWNER", "ADMIN"],
  "business.edit": ["OWNER", "ADMIN"],
  // Address book, locations, templates and one's own defaults: everyone who ships.
  "addressBook.edit": ["OWNER", "ADMIN", "SHIPPER"],
  "settings.editOwn": ["OWNER", "ADMIN", "SHIPPER"],
  // Leaving concerns one's own membership, so every role may do it.
  "membership.leave": ["OWNER", "ADMIN", "SHIPPER", "VIEWER"],
  "shipments.create": ["OWNER", "ADMIN", "SHIPPER"],
  // The business account: balance, transactions, invoices, paying them.
  "billing.manage": ["OWNER", "ADMIN"],
  // The business's own carrier accounts (Canada Post API keys): who connects, tests, removes them.
  "carriers.manage": ["OWNER", "ADMIN"],
  "developers.manage": ["OWNER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
