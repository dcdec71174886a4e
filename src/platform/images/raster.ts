/**
 * A tiny anti-aliased rasteriser over an RGBA buffer: filled ellipses, rectangles and thick
 * polylines, blended over what is already drawn. Enough to draw simple illustrations quickly
 * (each shape only visits the pixels of its bounding box).
 */

export type Rgb = readonly [number, number, number];

/** Optional per-pixel mask: draw only where it returns true (pixel centre coordinates). */
export type Clip = (x: number, y: number) => boolean;

export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 4);
    for (let i = 0; i < this.pixels.length; i += 4) {
      this.pixels[i] = background[0];
      this.pixels[i + 1] = background[1];
      this.pixels[i + 2] = background[2];
      this.pixels[i + 3] = 255;
    }
  }

  /** Shades rows from `top` colour to `bottom` colour, as studio backdrops are lit. */
  verticalGradient(top: Rgb, bottom: Rgb): void {
    for (let y = 0; y < this.height; y++) {
      const t = y / (this.height - 1);
      const r = top[0] + (bottom[0] - top[0]) * t;
      const g = top[1] + (bottom[1] - top[1]) * t;
      const b = top[2] + (bottom[2] - top[2]) * t;
      for (let i = y * this.width * 4, end = i + this.width * 4; i < end; i += 4) {
        this.pixels[i] = r;
        this.pixels[i + 1] = g;
        this.pixels[i + 2] = b;
      }
    }
  }

  fillEllipse(cx: number, cy: number, rx: number, ry: number, colour: Rgb, clip?: Clip): void {
    const x0 = Math.max(0, Math.floor(cx - rx - 1));
    const x1 = Math.min(this.width - 1, Math.ceil(cx + rx + 1));
    const y0 = Math.max(0, Math.floor(cy - ry - 1));
    const y1 = Math.min(this.height - 1, Math.ceil(cy + ry + 1));
    // Distance to the edge in pixels, approximated by scaling the normalised radius by the
    // smaller semi-axis: exact for circles and close enough for the gentle ellipses drawn here.
    const scale = Math.min(rx, ry);
    const inner = Math.max(0, 1 - 0.5 / scale);
    for (let y = y0; y <= y1; y++) {
      const ny = (y + 0.5 - cy) / ry;
      // Pixels this close to the centre line are fully inside: no square root needed for them.
      const innerSquared = inner * inner - ny * ny;
      const fullHalfWidth = innerSquared > 0 ? rx * Math.sqrt(innerSquared) : -1;
      for (let x = x0; x <= x1; x++) {
        if (clip !== undefined && !clip(x + 0.5, y + 0.5)) continue;
        const dx = x + 0.5 - cx;
        if (Math.abs(dx) <= fullHalfWidth) {
          this.blend(x, y, colour, 1);
          continue;
        }
        const nx = dx / rx;
        const coverage = 0.5 - (Math.sqrt(nx * nx + ny * ny) - 1) * scale;
        if (coverage > 0) this.blend(x, y, colour, Math.min(1, coverage));
      }
    }
  }

  fillRect(
    left: number,
    top: number,
    right: number,
    bottom: number,
    colour: Rgb,
    clip?: Clip,
  ): void {
    const x0 = Math.max(0, Math.floor(left));
    const x1 = Math.min(this.width - 1, Math.ceil(right) - 1);
    const y0 = Math.max(0, Math.floor(top));
    const y1 = Math.min(this.height - 1, Math.ceil(bottom) - 1);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        if (clip !== undefined && !clip(x + 0.5, y + 0.5)) continue;
        this.blend(x, y, colour, 1);
      }
    }
  }

  /** A polyline of the given thickness with round joins and ends. */
  stroke(
    points: readonly (readonly [number, number])[],
    thickness: number,
    colour: Rgb,
    alpha = 1,
  ): void {
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      if (a !== undefined && b !== undefined) this.segment(a, b, thickness / 2, colour, alpha);
    }
  }

  private segment(
    [ax, ay]: readonly [number, number],
    [bx, by]: readonly [number, number],
    radius: number,
    colour: Rgb,
    alpha: number,
  ): void {
    const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - radius - 1));
    const x1 = Math.min(this.width - 1, Math.ceil(Math.max(ax, bx) + radius + 1));
    const y0 = Math.max(0, Math.floor(Math.min(ay, by) - radius - 1));
    const y1 = Math.min(this.height - 1, Math.ceil(Math.max(ay, by) + radius + 1));
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy || 1;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5 - ax;
        const py = y + 0.5 - ay;
        const t = Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
        const ex = px - t * dx;
        const ey = py - t * dy;
        const coverage = radius + 0.5 - Math.sqrt(ex * ex + ey * ey);
        if (coverage > 0) this.blend(x, y, colour, Math.min(1, coverage) * alpha);
      }
    }
  }

  private blend(x: number, y: number, [r, g, b]: Rgb, alpha: number): void {
    const i = (y * this.width + x) * 4;
    const keep = 1 - alpha;
    this.pixels[i] = (this.pixels[i] ?? 0) * keep + r * alpha;
    this.pixels[i + 1] = (this.pixels[i + 1] ?? 0) * keep + g * alpha;
    this.pixels[i + 2] = (this.pixels[i + 2] ?? 0) * keep + b * alpha;
  }
}
