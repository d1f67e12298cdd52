/** The items of a return, one line each ("Wool mittens × 2"), or "the whole parcel" when none was chosen. */
export function ReturnItemsSummary({ items, whole }: { items: unknown; whole: string }) {
  const list = Array.isArray(items) ? (items as { description?: unknown; quantity?: unknown }[]).filter((i) => typeof i?.description === "string") : [];
  if (!list.length) return <div className="text-xs text-zinc-500">{whole}</div>;
  return (
    <ul className="text-xs text-zinc-500">
      {list.map((i, n) => (
        <li key={n}>
          {String(i.description)} × {Number(i.quantity) || 1}
        </li>
      ))}
    </ul>
  );
}
