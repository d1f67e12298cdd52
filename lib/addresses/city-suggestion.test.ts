import { describe, expect, it } from "vitest";
import { CA_FSA } from "./data/ca-fsa";
import { MERGED_CITIES, MONTREAL_ISLAND_MUNICIPALITIES } from "./data/merged-cities";
import { cityFromPlace, suggestCity } from "./city-suggestion";
import { ADDRESS_MAX_LENGTHS } from "./validate-address";

describe("suggestCity", () => {
  it.each([
    ["T0A 1A0", "St. Paul", "rural: the community in parentheses (Eastern Alberta (St. Paul))"],
    ["G0M 1A0", "Saint-Prosper-de-Dorchester", "rural, with the accent and hyphen repaired"],
    ["V0N 1B0", "Whistler", "rural, region with commas"],
    ["T2N 1N4", "Calgary", "urban: the city before the neighbourhoods"],
    ["M5V 3L9", "Toronto", "Downtown Toronto (CN Tower / ...)"],
    ["M6J 1A1", "Toronto", "West Toronto (...)"],
    ["M2H 1A1", "Toronto", "North York has been part of Toronto since 1998"],
    ["V7V 1A1", "West Vancouver", "a compass word that is part of the name stays"],
    ["V7G 1A1", "North Vancouver", "North Vancouver Outer East"],
    ["T1A 1A1", "Medicine Hat", "Medicine Hat Central"],
    ["E3B 1A1", "Fredericton", "Fredericton South New Brunswick Provincial Government"],
    ["R3C 1A1", "Winnipeg", "Winnipeg (...) Manitoba Provincial Government"],
    ["E2E 1A1", "Rothesay", "Rothesay, Quispamsis"],
    ["H3B 1A1", "Montréal", "Downtown Montreal ..., with Montréal's official spelling"],
    ["G4X 1A1", "Gaspé", "accent restored"],
    ["K1A 0B1", "Ottawa", "Government of Canada offices"],
    ["B3H 1A1", "Halifax", "Halifax Lower Harbour"],
    ["X0A 0H0", "Iqaluit", "Outer Nunavut (Iqaluit)"],
  ])("%s -> %s (%s)", (postalCode, city) => {
    expect(suggestCity(postalCode)).toBe(city);
  });

  it.each([
    ["H2H 1A1", "Montréal", "Plateau Mont-Royal, a district of Montréal"],
    ["H1A 1A1", "Montréal", "Pointe-aux-Trembles"],
    ["H4G 1A1", "Montréal", "Verdun"],
    ["H9H 1A1", "Montréal", "Sainte-Geneviève"],
    ["H3Z 1A1", "Westmount", "a city of its own on Montréal island since 2006"],
    ["H3R 1A1", "Mont-Royal", "Mount Royal, under its official name"],
    ["H1B 1A1", "Montréal-Est", "Montreal East is not Montréal"],
    ["H4X 1A1", "Montréal-Ouest", "Montreal West is not Montréal"],
    ["H4V 1A1", "Côte-Saint-Luc", "demerged"],
    ["H9R 1A1", "Pointe-Claire", "demerged"],
    ["H9A 1A1", "Dollard-des-Ormeaux", "demerged"],
    ["H9X 1A1", "Sainte-Anne-de-Bellevue", "demerged"],
    ["H7N 1A1", "Laval", "Laval-des-Rapides"],
    ["H7W 1A1", "Laval", "Chomedey"],
    ["J8X 1A1", "Gatineau", "Hull"],
    ["J9H 1A1", "Gatineau", "Aylmer"],
    ["J3Y 1A1", "Longueuil", "Saint-Hubert"],
    ["J4V 1A1", "Longueuil", "Greenfield Park"],
    ["J4W 1A1", "Brossard", "demerged from Longueuil"],
    ["J6R 1A1", "Mercier", "the town of Mercier, not Montréal's Mercier district (H1L)"],
    ["G1V 1A1", "Quebec City", "Sainte-Foy"],
    ["G2E 1A1", "L'Ancienne-Lorette", "demerged from Québec City"],
    ["G6X 1A1", "Lévis", "Charny"],
    ["G7H 1A1", "Saguenay", "Chicoutimi"],
    ["M1B 1A1", "Toronto", "Scarborough"],
    ["M9W 1A1", "Toronto", "Etobicoke Northwest"],
    ["M4B 1A1", "Toronto", "East York"],
    ["M6E 1A1", "Toronto", "York"],
    ["M3K 1A1", "Toronto", "Downsview, in North York"],
    ["K2H 1A1", "Ottawa", "Nepean"],
    ["K2K 1A1", "Ottawa", "Kanata"],
    ["K1C 1A1", "Ottawa", "Gloucester"],
    ["K4A 1A1", "Ottawa", "Orléans"],
    ["K1L 1A1", "Ottawa", "Vanier"],
    ["K4M 1A1", "Manotick", "a village that Canada Post still names"],
    ["K4K 1A1", "Rockland", "Clarence-Rockland, not Ottawa"],
    ["L8G 1A1", "Hamilton", "Stoney Creek"],
    ["L9G 1A1", "Hamilton", "Ancaster"],
    ["L9H 1A1", "Hamilton", "Dundas"],
    ["B2Y 1A1", "Dartmouth", "Halifax Regional Municipality, but Canada Post's DARTMOUTH"],
    ["B4A 1A1", "Bedford", "Halifax Regional Municipality, but Canada Post's BEDFORD"],
    ["P3N 1A1", "Greater Sudbury", "Val Caron"],
  ])("a merged city: %s -> %s (%s)", (postalCode, city) => {
    expect(suggestCity(postalCode)).toBe(city);
  });

  it("suggests Montréal, Laval or a municipality of its own for every urban H FSA (Montréal island and Laval)", () => {
    const allowed = new Set<string>(["Montréal", "Laval", ...MONTREAL_ISLAND_MUNICIPALITIES]);
    const cities = Object.entries(CA_FSA)
      .filter(([fsa]) => fsa.startsWith("H") && fsa[1] !== "0")
      .map(([fsa, [, place]]) => cityFromPlace(fsa, place)!);
    expect(cities.filter((city) => !allowed.has(city))).toEqual([]);
    const independents = cities.filter((city) => city !== "Montréal" && city !== "Laval");
    expect(new Set(independents)).toEqual(new Set(MONTREAL_ISLAND_MUNICIPALITIES.filter((name) => name !== "Baie-D'Urfé")));
  });

  it("names in the merged-cities table only places that the FSA table has in those FSAs", () => {
    for (const { city, fsas, places } of MERGED_CITIES) {
      if (places === "*") continue;
      const rows = Object.entries(CA_FSA).filter(([fsa]) => fsas.some((prefix) => fsa.startsWith(prefix)));
      for (const name of places) {
        const merged = rows.filter(([fsa, [, place]]) => place.startsWith(name) && cityFromPlace(fsa, place) === city);
        expect(merged.length, `${name} -> ${city}`).toBeGreaterThan(0);
      }
    }
  });

  it("suggests nothing for unknown or reserved FSAs", () => {
    expect(suggestCity("K0Z 1A0")).toBeNull();
    expect(suggestCity("not a code")).toBeNull();
    expect(suggestCity("H0H 0H0")).toBeNull();
  });

  it("turns every FSA's place into a plain city name that fits Canada Post's city field", () => {
    for (const [fsa, [, place]] of Object.entries(CA_FSA)) {
      const city = cityFromPlace(fsa, place);
      if (fsa === "H0H") continue;
      expect(city, `${fsa} ${place}`).toBeTruthy();
      expect(city, `${fsa} ${place}`).not.toMatch(/[()/,]|Provincial Government|\bStn\b|Business Reply|^Downtown\b|\b(North|South|East|West|Central)$/);
      expect([...city!].length, `${fsa} ${place}`).toBeLessThanOrEqual(ADDRESS_MAX_LENGTHS.city);
    }
  });
});
