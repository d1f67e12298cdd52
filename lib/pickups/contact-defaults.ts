/** Who the driver asks for and who gets the confirmation, before anyone types. Pure. */

export interface PickupContact {
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/**
 * The ship-from location's contact where it has one; else the signed-in user (name, email) and the
 * business's phone. A location always has a contact name and phone; its email is optional.
 */
export function pickupContactDefaults(location: { contactName: string; phone: string; email: string } | undefined, fallback: PickupContact): PickupContact {
  return {
    contactName: location?.contactName || fallback.contactName,
    contactPhone: location?.phone || fallback.contactPhone,
    contactEmail: location?.email || fallback.contactEmail,
  };
}

/**
 * The contact after the pickup location changes: a field still showing the old location's default
 * takes the new one's; a field the user typed is kept.
 */
export function contactAfterLocationChange(current: PickupContact, before: PickupContact, after: PickupContact): PickupContact {
  const pick = (k: keyof PickupContact) => (current[k] === before[k] ? after[k] : current[k]);
  return { contactName: pick("contactName"), contactPhone: pick("contactPhone"), contactEmail: pick("contactEmail") };
}
