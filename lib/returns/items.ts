/**
 * What a return may hold: the shipment's items (Shipment.items), or its customs items when it has
 * none; an empty choice returns the whole parcel. Pure.
 */
export interface ReturnItem {
  description: string;
  sku: string | null;
  quantity: number;
}

function itemsOf(list: unknown): ReturnItem[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((i) => {
    const o = i as { description?: unknown; sku?: unknown; quantity?: unknown } | null;
    if (!o || typeof o.description !== "string" || !o.description.trim()) return [];
    const quantity = typeof o.quantity === "number" && Number.isInteger(o.quantity) && o.quantity > 0 ? o.quantity : 1;
    return [{ description: o.description.trim(), sku: typeof o.sku === "string" && o.sku.trim() ? o.sku.trim() : null, quantity }];
  });
}

/** The items a shipment was sent with. */
export function returnableItems(shipment: { items: unknown; customs: unknown }): ReturnItem[] {
  const own = itemsOf(shipment.items);
  if (own.length) return own;
  const customs = shipment.customs as { items?: unknown } | null;
  return itemsOf(customs?.items);
}

/**
 * The chosen items checked against what was sent (matched by description and SKU, quantities
 * added up): null when one was not in the parcel or is chosen more times than it was sent.
 */
export function checkChosenItems(available: ReturnItem[], chosen: ReturnItem[]): ReturnItem[] | null {
  const key = (i: { description: string; sku: string | null }) => `${i.description}\u0000${i.sku ?? ""}`;
  const sent = new Map<string, number>();
  for (const i of available) sent.set(key(i), (sent.get(key(i)) ?? 0) + i.quantity);
  const taken = new Map<string, ReturnItem>();
  for (const c of chosen) {
    if (!Number.isInteger(c.quantity) || c.quantity < 0) return null;
    if (c.quantity === 0) continue;
    const k = key(c);
    const prev = taken.get(k);
    taken.set(k, { description: c.description, sku: c.sku ?? null, quantity: (prev?.quantity ?? 0) + c.quantity });
  }
  for (const [k, item] of taken) if (item.quantity > (sent.get(k) ?? 0)) return null;
  return [...taken.values()];
}
