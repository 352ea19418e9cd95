import { describe, expect, it } from 'vitest';
import { fitHeatmap } from '../../../src/components/charts/heatmap-chart';

describe('the heatmap fills its card with readable cells', () => {
  it.each([
    { name: 'a phone card (390 px screen)', available: 334, weeks: 26, pitch: 12 },
    { name: 'a laptop card (1280 px screen)', available: 886, weeks: 26, pitch: 30 },
    { name: 'a very wide card: cells stop growing', available: 4000, weeks: 26, pitch: 30 },
    { name: 'a very narrow card: cells stop shrinking', available: 120, weeks: 26, pitch: 8 },
    { name: 'not measured yet (0 px)', available: 0, weeks: 26, pitch: 20 },
    { name: 'an unusable measurement', available: Number.NaN, weeks: 26, pitch: 20 },
    { name: 'no weeks at all', available: 334, weeks: 0, pitch: 30 },
  ])('$name → $pitch px per cell', ({ available, weeks, pitch }) => {
    const size = fitHeatmap(available, weeks);
    expect(size.pitch).toBe(pitch);
    expect(size.cell).toBeGreaterThan(0);
    expect(size.cell).toBeLessThan(size.pitch);
    expect(size.height).toBeGreaterThan(7 * size.pitch);
  });

  it('never draws wider than the card once the card is wide enough for the smallest cells', () => {
    for (let available = 230; available <= 2000; available += 7) expect(fitHeatmap(available, 26).width).toBeLessThanOrEqual(available);
  });
});
