/**
 * What every request's messages and formats share (lib/i18n/request.ts gives it to next-intl; the
 * page translators in lib/i18n/server.ts use the same): dates read in Eastern time, two named date formats.
 */
export const PAGE_TIME_ZONE = "America/Toronto";

export const PAGE_FORMATS = {
  dateTime: {
    short: { year: "numeric", month: "short", day: "numeric" },
    long: { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit" },
  },
} as const;
