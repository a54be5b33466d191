/**
 * Where a citation's box sits on a rendered page, as percentages of the page so it holds at any zoom.
 * Citation boxes are [x0, y0, x1, y1] in PDF points with the origin top-left (the extractor's convention);
 * `width`/`height` are the page's size in points as pdf.js reports it (scale 1, no rotation).
 */
export function highlightBox(bbox: readonly number[], width: number, height: number) {
  if (bbox.length !== 4 || width <= 0 || height <= 0) return null;
  const [x0, y0, x1, y1] = bbox;
  const left = Math.max(0, Math.min(x0, x1));
  const top = Math.max(0, Math.min(y0, y1));
  const right = Math.min(width, Math.max(x0, x1));
  const bottom = Math.min(height, Math.max(y0, y1));
  if (right <= left || bottom <= top) return null;
  const pct = (value: number, of: number) => `${((value / of) * 100).toFixed(3)}%`;
  return { left: pct(left, width), top: pct(top, height), width: pct(right - left, width), height: pct(bottom - top, height) };
}
