/** Domestic zones: FSA geography, the rate-code model and delivery lanes. See SOURCE.md. */
export {
  distanceKm,
  fsaDistanceKm,
  fsaPoint,
  isFlyInArcticFsa,
  isRemoteFsa,
  isRuralFsa,
  isTerritoryFsa,
  normalizeFsa,
  prepareFsaData,
  type FsaPoint,
  type FsaSource,
  type LatLon,
} from "./geo";
export { domesticRateCode, explainDomesticRateCode, type RateCodeExplanation } from "./rate-code";
export { areNeighbourProvinces, deliveryLane, LOCAL_MAX_KM, REGIONAL_MAX_KM, type DeliveryLane } from "./lane";
