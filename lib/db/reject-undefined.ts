/**
 * Prisma drops a filter whose value is `undefined`, so `{ where: { businessId: undefined } }`
 * would match every business's rows. This finds such a filter before the query runs.
 * (After cal.com's disallow-undefined-where-clause extension.)
 */
export function undefinedFilterPath(where: unknown, path = "where"): string | null {
  if (where === null || typeof where !== "object" || where instanceof Date) return null;
  if (Array.isArray(where)) {
    for (const [i, item] of where.entries()) {
      const found = undefinedFilterPath(item, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) return `${path}.${key}`;
    const found = undefinedFilterPath(value, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}
