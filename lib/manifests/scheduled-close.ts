/**
 * The scheduled close (the `scheduled-close` job, every minute): each ship-from location with a
 * close time that has passed today (the business's local day, local-day.ts) and has not been
 * closed on schedule today gets its day closed by Envoi itself (no user: the manifest and its audit
 * entry name no one), like "Close the day" on the manifests page. Once per location and day, even
 * with several workers (closeTheDay's claim under its lock). Contract businesses only. A failure is
 * logged and the location is tried again at the next run; it never stops the others.
 */
import { closeTheDay, shipsUnderContract } from "@/lib/manifests/close-day";
import { localDay, localTime } from "@/lib/manifests/local-day";
import { unsafeWithScheduledClose } from "@/lib/tenancy/context";

/** Cross-business on purpose (see unsafeWithScheduledClose): ids and close times only. */
async function unsafeDueLocations(now: Date): Promise<{ id: string; businessId: string }[]> {
  const day = localDay(now);
  // "HH:MM" strings compare as times.
  return unsafeWithScheduledClose((tx) =>
    tx.location.findMany({
      where: { closeTime: { not: null, lte: localTime(now) }, OR: [{ autoClosedOn: null }, { autoClosedOn: { not: day } }] },
      orderBy: [{ closeTime: "asc" }, { id: "asc" }],
      select: { id: true, businessId: true },
    }),
  );
}

export interface ScheduledCloseRun {
  /** Locations whose day was closed now (with or without anything to transmit). */
  closed: number;
  manifests: number;
  failed: number;
}

export async function closeDueLocations(options: { now?: Date; log?: (line: string) => void } = {}): Promise<ScheduledCloseRun> {
  const now = options.now ?? new Date();
  const log = options.log ?? ((line: string) => console.error(line));
  const run: ScheduledCloseRun = { closed: 0, manifests: 0, failed: 0 };
  for (const location of await unsafeDueLocations(now)) {
    const ctx = { businessId: location.businessId, userId: null };
    try {
      if (!(await shipsUnderContract(ctx))) continue;
      const made = await closeTheDay(ctx, location.id, { now, scheduled: true });
      run.closed++;
      run.manifests += made.length;
    } catch (e) {
      run.failed++;
      log(`[scheduled-close] location ${location.id} of business ${location.businessId}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return run;
}
