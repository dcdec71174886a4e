import { encodePng } from '../../platform/images/png.ts';
import { Raster, type Rgb } from '../../platform/images/raster.ts';
import { Random } from './random.ts';
import type { Sex } from './types.ts';

/**
 * A passport-style portrait that is obviously a drawing: plain light backdrop, head, hair, eyes,
 * brows, nose, mouth, shoulders. Test data must never look like a real person's photo, yet the
 * pages that show BDAS images need something face-shaped to show.
 *
 * The seed's high 24 bits choose the face (skin, hair, eyes, proportions); its low 8 bits vary
 * each capture a little (backdrop, lighting, position), so one person's images look alike.
 */

export const FACE_WIDTH = 240;
export const FACE_HEIGHT = 320;

const SKIN: readonly (readonly [Rgb, number])[] = [
  [[243, 216, 196], 30],
  [[236, 198, 168], 30],
  [[226, 182, 146], 20],
  [[200, 152, 112], 10],
  [[160, 114, 82], 6],
  [[112, 76, 54], 4],
];
const HAIR: readonly (readonly [Rgb, number])[] = [
  [[42, 34, 30], 18],
  [[74, 52, 38], 24],
  [[112, 82, 56], 22],
  [[156, 120, 82], 14],
  [[206, 174, 118], 12],
  [[150, 72, 42], 4],
  [[168, 166, 162], 6],
];
const IRIS: readonly (readonly [Rgb, number])[] = [
  [[78, 118, 168], 40],
  [[118, 128, 138], 20],
  [[88, 128, 92], 15],
  [[104, 72, 44], 25],
];
const CLOTHES: readonly Rgb[] = [
  [34, 46, 78],
  [52, 54, 60],
  [40, 72, 60],
  [96, 36, 44],
  [28, 28, 32],
  [110, 116, 124],
];
const BACKDROPS: readonly Rgb[] = [
  [226, 230, 236],
  [232, 232, 228],
  [220, 228, 236],
  [236, 234, 230],
];
const WHITE_OF_EYE: Rgb = [246, 244, 240];
const PUPIL: Rgb = [22, 20, 22];

interface Features {
  skin: Rgb;
  hair: Rgb;
  iris: Rgb;
  clothes: Rgb;
  headWidth: number;
  headHeight: number;
  longHair: boolean;
  hairVolume: number;
  eyeGap: number;
  browWeight: number;
  mouthWidth: number;
  lips: Rgb;
  beard: boolean;
}

export function drawSyntheticFace(faceSeed: number, sex: Sex): Buffer {
  const features = chooseFeatures(new Random(`face:${faceSeed >>> 8}:${sex}`), sex);
  const capture = new Random(`capture:${faceSeed >>> 0}`);
  const raster = new Raster(FACE_WIDTH, FACE_HEIGHT, [0, 0, 0]);
  const backdrop = capture.pick(BACKDROPS);
  raster.verticalGradient(shade(backdrop, 1.02), shade(backdrop, 0.94));
  // A slightly different pose and light each time, as between two real photos.
  const light = 0.94 + capture.float() * 0.1;
  const cx = FACE_WIDTH / 2 + capture.int(-4, 4);
  const cy = 142 + capture.int(-4, 4);
  drawPortrait(raster, features, cx, cy, light);
  return encodePng(FACE_WIDTH, FACE_HEIGHT, raster.pixels);
}

function chooseFeatures(random: Random, sex: Sex): Features {
  const female = sex === 'female';
  const skin = random.weighted(SKIN);
  return {
    skin,
    hair: random.weighted(HAIR),
    iris: random.weighted(IRIS),
    clothes: random.pick(CLOTHES),
    headWidth: (female ? 60 : 66) + random.int(-4, 5),
    headHeight: (female ? 82 : 86) + random.int(-4, 5),
    longHair: random.chance(female ? 0.8 : 0.05),
    hairVolume: random.int(4, 14),
    eyeGap: 25 + random.int(-2, 3),
    browWeight: (female ? 3 : 4.5) + random.float() * 1.5,
    mouthWidth: (female ? 16 : 18) + random.int(-2, 3),
    lips: female ? mix(skin, [176, 84, 92], 0.45) : mix(skin, [150, 80, 74], 0.35),
    beard: !female && random.chance(0.15),
  };
}

function drawPortrait(r: Raster, f: Features, cx: number, cy: number, light: number): void {
  const skin = shade(f.skin, light);
  const skinShadow = shade(f.skin, light * 0.86);
  const hair = shade(f.hair, light);
  const w = f.headWidth;
  const h = f.headHeight;
  const shoulderTop = cy + h + 22;

  // Long hair falls behind the head down to the shoulders.
  if (f.longHair) {
    r.fillEllipse(cx, cy + 26, w + f.hairVolume + 8, h + 34, hair, (_x, y) => y < shoulderTop + 26);
  }
  // Neck, shoulders and a neckline.
  r.fillRect(cx - w * 0.42, cy + h * 0.6, cx + w * 0.42, shoulderTop + 20, skinShadow);
  r.fillEllipse(cx, shoulderTop + 100, 122, 100, f.clothes);
  r.fillEllipse(cx, shoulderTop + 2, w * 0.46, 18, skinShadow, (_x, y) => y > shoulderTop - 2);
  // Ears, then the head over them; short hair sits just outside the skull.
  r.fillEllipse(cx - w + 2, cy + 6, 9, 17, skinShadow);
  r.fillEllipse(cx + w - 2, cy + 6, 9, 17, skinShadow);
  if (!f.longHair) r.fillEllipse(cx, cy - 12, w + 5, h * 0.84 + f.hairVolume / 2, hair);
  r.fillEllipse(cx, cy, w, h, skin);
  // Hair over the forehead, down to a gently curved hairline.
  const hairline = cy - h * 0.58 + (f.longHair ? 6 : 0);
  r.fillEllipse(
    cx,
    cy - 14,
    w + 6,
    h * 0.86 + f.hairVolume / 2,
    hair,
    (x, y) => y < hairline + ((x - cx - w * 0.2) / w) ** 2 * h * 0.5,
  );
  if (f.beard) {
    r.fillEllipse(
      cx,
      cy + h * 0.45,
      w * 0.78,
      h * 0.52,
      shade(f.hair, light * 0.95),
      (_x, y) => y > cy + h * 0.28,
    );
    r.fillEllipse(cx, cy + h * 0.62, f.mouthWidth + 3, 7, skin);
  }

  const eyeY = cy - 4;
  for (const side of [-1, 1]) {
    const ex = cx + side * f.eyeGap;
    r.fillEllipse(ex, eyeY, 12, 6.5, WHITE_OF_EYE);
    r.fillEllipse(ex, eyeY, 5.5, 5.5, f.iris);
    r.fillEllipse(ex, eyeY, 2.4, 2.4, PUPIL);
    r.stroke(
      [
        [ex - 12, eyeY + 1],
        [ex - 5, eyeY - 6],
        [ex + 5, eyeY - 6],
        [ex + 12, eyeY + 1],
      ],
      1.6,
      shade(f.skin, 0.55),
    );
    r.stroke(
      [
        [ex - 13 * side, eyeY - 15],
        [ex, eyeY - 19],
        [ex + 12 * side, eyeY - 16],
      ],
      f.browWeight,
      shade(f.hair, 0.8),
    );
  }
  // Nose: a faint bridge and a curved base with the nostrils.
  const noseShade = shade(f.skin, light * 0.74);
  r.stroke(
    [
      [cx + 4, eyeY + 10],
      [cx + 7, cy + 28],
    ],
    1.6,
    noseShade,
    0.5,
  );
  r.stroke(
    [
      [cx - 11, cy + 30],
      [cx - 6, cy + 35],
      [cx + 6, cy + 35],
      [cx + 11, cy + 30],
    ],
    2,
    noseShade,
  );
  // A closed, neutral mouth.
  const mouthY = cy + h * 0.55;
  r.stroke(
    [
      [cx - f.mouthWidth, mouthY],
      [cx, mouthY + 1.5],
      [cx + f.mouthWidth, mouthY],
    ],
    4,
    shade(f.lips, light),
  );
}

function shade([r, g, b]: Rgb, factor: number): Rgb {
  return [Math.min(255, r * factor), Math.min(255, g * factor), Math.min(255, b * factor)];
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
