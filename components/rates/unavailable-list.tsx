import type { PresentedUnavailable } from "@/lib/rates/present";

/** The services left out, each with its reasons ("Small Packet is limited to 2 kg"). */
export function UnavailableList({ title, services }: { title: string; services: PresentedUnavailable[] }) {
  if (services.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-sm font-semibold text-zinc-900">{title}</h3>
      <ul className="mt-2 space-y-1 text-sm text-zinc-600" aria-label={title}>
        {services.map((s) => (
          <li key={s.serviceCode} data-testid={`unavailable-${s.serviceCode}`}>
            <span className="font-medium text-zinc-800">{s.serviceName}</span>: {s.reasons.join(" ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
