/**
 * Canada Post's throttling groups as the fake server names them (its "rating" is Canada Post's
 * group D: rates and service discovery, and so on), with the published default limits.
 */
export const GROUPS = ["rating", "shipments", "void", "tracking", "postOffices", "pickupAvailability", "pickups", "manifests"] as const;
export type Group = (typeof GROUPS)[number];

export function isGroup(value: unknown): value is Group {
  return typeof value === "string" && (GROUPS as readonly string[]).includes(value);
}

/** Canada Post's default limits per API key and group, calls per rolling minute (its "API Throttle Limits" page). */
export const PUBLISHED_LIMITS: Readonly<Record<Group, number>> = {
  shipments: 646,
  void: 468,
  rating: 840,
  tracking: 20,
  postOffices: 468,
  pickupAvailability: 180,
  pickups: 180,
  manifests: 730,
};
