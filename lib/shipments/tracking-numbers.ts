/**
 * Tracking numbers in Canada Post's formats, with their check digits (../shared/data/README.md).
 * Pure. Allocation (database sequences, their values permuted under a secret key so that numbers
 * cannot be guessed from each other, inside the purchase transaction) is in allocate-tracking.ts.
 *
 * - Domestic PIN: 16 digits = 15 digits + a mod-10 check digit; weights 3, 1, 3, 1... from the
 *   left, check = (10 - sum mod 10) mod 10. Valid examples: 0073938000549297, 7023210039414604.
 * - USA / international UPU S10: 2 letters + 8 digits + check digit + country ("CA"); weights
 *   8, 6, 4, 2, 3, 5, 9, 7; C = 11 - (sum mod 11), 10 -> 0, 11 -> 5. Example: RB123456785GB.
 */

export function pinCheckDigit(first15: string): number {
  if (!/^\d{15}$/.test(first15)) throw new RangeError(`A PIN body has 15 digits: ${JSON.stringify(first15)}`);
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += Number(first15[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export function isValidPin(pin: string): boolean {
  return /^\d{16}$/.test(pin) && pinCheckDigit(pin.slice(0, 15)) === Number(pin[15]);
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError(`An S10 serial has 8 digits: ${JSON.stringify(serial)}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(serial[i]) * S10_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 0 : c === 11 ? 5 : c;
}

export function isValidS10(number: string): boolean {
  const m = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/.exec(number);
  return m !== null && s10CheckDigit(m[2]!) === Number(m[3]);
}

/** How many PIN serials there are (13 digits) and S10 serials (8 digits). */
export const PIN_SERIALS = 10n ** 13n;
export const S10_SERIALS = 10n ** 8n;

/**
 * The reference carrier's PIN for a serial: "70" + the serial on 13 digits + check digit.
 * Real format, valid check digit; the "70" prefix keeps Envoi's sandbox numbers in one range.
 */
export function pinFromSerial(value: number | bigint): string {
  const body = `70${String(value).padStart(13, "0")}`;
  if (body.length !== 15) throw new RangeError(`PIN serials exhausted: ${value}`);
  return `${body}${pinCheckDigit(body)}`;
}

/**
 * S10 service indicators used for Envoi's numbers: "EE" express (Priority Worldwide, Xpresspost
 * USA / International), "CP" parcels (Expedited Parcel USA, International Parcel), "LX" tracked
 * packets, "RR"-style letters are not used. Untracked Small Packet gets "LM" for reference only.
 */
export function s10Prefix(serviceCode: string): string {
  if (serviceCode.includes(".PW.") || serviceCode === "USA.XP" || serviceCode === "INT.XP") return "EE";
  if (serviceCode.endsWith(".TP")) return "LX";
  if (serviceCode.includes(".SP.")) return "LM";
  return "CP";
}

export function s10FromSerial(value: number | bigint, serviceCode: string): string {
  const serial = String(value).padStart(8, "0");
  if (serial.length !== 8) throw new RangeError(`S10 serials exhausted: ${value}`);
  return `${s10Prefix(serviceCode)}${serial}${s10CheckDigit(serial)}CA`;
}
