import { describe, expect, it } from 'vitest';
import { imageInfo } from '../../platform/images/image-info.ts';
import { drawSyntheticFace, FACE_HEIGHT, FACE_WIDTH } from './synthetic-face.ts';

describe('drawSyntheticFace', () => {
  it('draws a 240×320 PNG', () => {
    const png = drawSyntheticFace(0x12345600, 'female');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(240);
    expect(png.readUInt32BE(20)).toBe(320);
    expect(imageInfo(png)).toEqual({
      contentType: 'image/png',
      width: FACE_WIDTH,
      height: FACE_HEIGHT,
    });
    expect(png.length).toBeLessThan(64 * 1024);
  });

  it('is deterministic and differs between faces and between captures of one face', () => {
    const face = drawSyntheticFace(0xabcdef00, 'male');
    expect(drawSyntheticFace(0xabcdef00, 'male').equals(face)).toBe(true);
    expect(drawSyntheticFace(0xabcdef01, 'male').equals(face)).toBe(false);
    expect(drawSyntheticFace(0x12345600, 'male').equals(face)).toBe(false);
  });

  it('takes a few milliseconds per image', () => {
    const started = performance.now();
    for (let i = 0; i < 50; i++) drawSyntheticFace(i << 8, i % 2 === 0 ? 'male' : 'female');
    const ms = (performance.now() - started) / 50;
    console.log(`synthetic face: ${ms.toFixed(1)} ms per image`);
    expect(ms).toBeLessThan(100);
  });
});
