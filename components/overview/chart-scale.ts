/** The top of a chart's value axis: the smallest 1, 2 or 5 times a power of ten at or above `max`. Pure. */
export function niceCeiling(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * power >= max)!;
  return step * power;
}
