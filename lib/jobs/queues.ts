/**
 * The job queues (pg-boss, in the app's PostgreSQL) and their retry policies. Every job carries
 * the business id it works for and reloads its data inside that business (row-level security).
 */
export const QUEUES = {
  /** Send one queued email ({ businessId, emailId }): SMTP can be down for a while. */
  email: { retryLimit: 6, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  /** Complete a paid batch ({ businessId, batchId }): labels bought and stored, merged PDF, receipt and labels emails (lib/purchases/complete.ts). */
  purchase: { retryLimit: 8, retryDelay: 15, retryBackoff: true, expireInSeconds: 600 },
  /** Ask the carrier for one business's active shipments ({ businessId }). */
  tracking: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 300 },
  /** Scheduled: queue a tracking job per business with parcels on their way. */
  "tracking-sweep": { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 300 },
  /**
   * One attempt of one webhook delivery ({ businessId, deliveryId, attempt }). A failed request is
   * not a failed job: the handler logs it and queues the next attempt itself (lib/webhooks/schedule.ts,
   * about 3 days); these retries only cover the handler itself failing (the database away).
   */
  webhook: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  /** Scheduled, every minute: close the day of each location whose close time has passed (lib/manifests/scheduled-close.ts). A failed location is tried again at the next run. */
  "scheduled-close": { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 600 },
  /** Scheduled (and at worker start): purchases not completed, pending refunds, last month's invoices, lost email jobs. */
  maintenance: { retryLimit: 0, retryDelay: 0, retryBackoff: false, expireInSeconds: 900 },
} as const;

export type QueueName = keyof typeof QUEUES;

/** Cron schedules (UTC) of the scheduled queues. */
export const SCHEDULES: { queue: QueueName; cron: string }[] = [
  { queue: "tracking-sweep", cron: "*/5 * * * *" },
  { queue: "scheduled-close", cron: "* * * * *" },
  { queue: "maintenance", cron: "*/15 * * * *" },
];

export interface JobData {
  email: { businessId: string; emailId: string };
  purchase: { businessId: string; batchId: string };
  tracking: { businessId: string };
  "tracking-sweep": Record<string, never>;
  "scheduled-close": Record<string, never>;
  webhook: { businessId: string; deliveryId: string; attempt: number; manual?: boolean };
  maintenance: { atStart?: boolean };
}

export const JOB_SCHEMA = "pgboss";
