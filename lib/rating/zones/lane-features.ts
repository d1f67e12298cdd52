/** A lane's features (model.ts's LaneFeatures) from two FSA slots: the one place they are computed. */
import { slotCentreKm, slotDistanceKm, slotIsFlyInArctic, slotIsRural, slotIsTerritory, slotProvince } from "./geo";
import { placeKind, type LaneFeatures } from "./model";

/** A blank features object to fill (see laneFeatures). */
export function emptyLaneFeatures(): LaneFeatures {
  return {
    originProvince: "ON",
    destinationProvince: "ON",
    originKind: "centre",
    destinationKind: "centre",
    distanceKm: 0,
    originRural: false,
    destinationRural: false,
    originTerritory: false,
    destinationTerritory: false,
    originCentreKm: 0,
    destinationCentreKm: 0,
    arctic: false,
  };
}

/**
 * Fills `out` (or a new object) with the features of the lane between two valid FSA slots. Reusing
 * `out` lets the hot path run without allocating.
 */
export function laneFeatures(origin: number, destination: number, out: LaneFeatures = emptyLaneFeatures()): LaneFeatures {
  const f = out;
  f.distanceKm = slotDistanceKm(origin, destination);
  f.originProvince = slotProvince(origin);
  f.destinationProvince = slotProvince(destination);
  f.originRural = slotIsRural(origin);
  f.destinationRural = slotIsRural(destination);
  f.originTerritory = slotIsTerritory(origin);
  f.destinationTerritory = slotIsTerritory(destination);
  f.originCentreKm = slotCentreKm(origin);
  f.destinationCentreKm = slotCentreKm(destination);
  f.originKind = placeKind(f.originRural, f.originCentreKm);
  f.destinationKind = placeKind(f.destinationRural, f.destinationCentreKm);
  // Within one Arctic FSA (one community's local mail) the ordinary model applies.
  f.arctic = origin !== destination && (slotIsFlyInArctic(origin) || slotIsFlyInArctic(destination));
  return f;
}
