export { addDays, dayOfWeek, easterSunday, isWeekend, parseIsoDate, type IsoDate } from "./dates";
export { PROVINCES, isProvince, postalClosureDates, statutoryHolidays, type Holiday, type HolidayKey, type Province } from "./holidays";
export {
  addBusinessDays,
  businessDayOnOrAfter,
  expectedDeliveryDate,
  isBusinessDay,
  nextBusinessDay,
  type Provinces,
} from "./business-days";
export { DEFAULT_CUTOFF, mailingStartDate, wallClock, type MailingStartInput } from "./mailing";
