import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath } from './qrCode';

/** The cells an SVG path of "M x y h w v1 h-w z" rectangles covers, as a grid of {@code size}. */
function cellsOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(width); i++) {
      expect(grid[Number(y)][Number(x) + i], `cell ${Number(x) + i},${y} drawn twice`).toBe(false);
      grid[Number(y)][Number(x) + i] = true;
    }
  }
  return grid;
}

/** What a scanner reads from the modules drawn {@code scale} pixels each, with a four-module white border. */
function scan(modules: boolean[][], scale = 4): string | undefined {
  const size = (modules.length + 8) * scale;
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (modules[Math.floor(y / scale) - 4]?.[Math.floor(x / scale) - 4]) pixels.fill(0, (y * size + x) * 4, (y * size + x) * 4 + 3);
    }
  }
  return jsQR(pixels, size, size)?.data;
}

const URI = 'otpauth://totp/Frontline%3Aagent%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
  + '&issuer=Frontline&algorithm=SHA1&digits=6&period=30';

describe('qrModules', () => {
  it('is read back by a QR scanner (jsQR) as the same text, outside ASCII too (UTF-8)', () => {
    expect(scan(qrModules(URI))).toBe(URI);
    expect(scan(qrModules('otpauth://totp/Frontline:李雷@例子.com?secret=ABC'))).toBe('otpauth://totp/Frontline:李雷@例子.com?secret=ABC');
  });
});

describe('qrPath', () => {
  it('draws every dark module once and no light one, inside the quiet zone', () => {
    const modules = qrModules(URI);
    const margin = 4;
    const size = modules.length + 2 * margin;
    const drawn = cellsOf(qrPath(modules, margin), size);
    const expected = Array.from({ length: size }, (_, y) => Array.from({ length: size },
      (_, x) => modules[y - margin]?.[x - margin] ?? false));
    expect(drawn).toEqual(expected);
  });

  it('draws a run of dark modules as one rectangle', () => {
    expect(qrPath([[true, true, false, true]], 0)).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });
});
