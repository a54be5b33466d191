import { describe, expect, it } from 'vitest';
import { highlightBox } from './highlight';

describe('highlightBox', () => {
  it('places a top-left-origin box as percentages of the page', () => {
    // A4 portrait: 595 × 842 points; a line near the top of the page.
    expect(highlightBox([59.5, 84.2, 297.5, 126.3], 595, 842)).toEqual({
      left: '10.000%',
      top: '10.000%',
      width: '40.000%',
      height: '5.000%',
    });
  });

  it('does not flip the vertical axis (the citation origin is already top-left)', () => {
    const box = highlightBox([0, 800, 100, 842], 595, 842)!;
    expect(parseFloat(box.top)).toBeGreaterThan(90);
  });

  it('accepts corners in either order and clips to the page', () => {
    expect(highlightBox([700, 50, -10, 10], 595, 842)).toEqual({ left: '0.000%', top: '1.188%', width: '100.000%', height: '4.751%' });
  });

  it('gives nothing for an empty or malformed box', () => {
    expect(highlightBox([10, 10, 10, 40], 595, 842)).toBeNull();
    expect(highlightBox([1, 2, 3], 595, 842)).toBeNull();
    expect(highlightBox([1, 2, 3, 4], 0, 842)).toBeNull();
  });
});
