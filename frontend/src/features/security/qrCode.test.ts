import qrcode from 'qrcode-generator';
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

/** A finder pattern: a dark 7×7 ring, a light ring inside it, and a dark 3×3 centre. */
function hasFinderAt(modules: boolean[][], top: number, left: number): boolean {
  for (let y = 0; y < 7; y++) {
    for (let x = 0; x < 7; x++) {
      const ring = Math.max(Math.abs(y - 3), Math.abs(x - 3));
      if (modules[top + y][left + x] !== (ring !== 2)) return false;
    }
  }
  return true;
}

/** The library's own code for these bytes (it takes one byte per character). */
function codeOfBytes(bytes: number[]): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(String.fromCharCode(...bytes), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

const URI = 'otpauth://totp/Frontline%3Aagent%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
  + '&issuer=Frontline&algorithm=SHA1&digits=6&period=30';

describe('qrModules', () => {
  it('is a square QR code with finder patterns in three corners', () => {
    const modules = qrModules(URI);
    const size = modules.length;
    expect(modules.every((row) => row.length === size)).toBe(true);
    expect((size - 17) % 4).toBe(0); // version n is 17 + 4n modules wide
    expect(hasFinderAt(modules, 0, 0)).toBe(true);
    expect(hasFinderAt(modules, 0, size - 7)).toBe(true);
    expect(hasFinderAt(modules, size - 7, 0)).toBe(true);
    expect(hasFinderAt(modules, size - 7, size - 7)).toBe(false);
  });

  it('grows with the text and differs for another secret', () => {
    expect(qrModules('otpauth://totp/a?secret=A').length).toBeLessThan(qrModules(URI).length);
    expect(qrModules(URI.replace('JBSWY3DP', 'KRSXG5CT'))).not.toEqual(qrModules(URI));
    expect(qrModules(URI)).toEqual(qrModules(URI));
  });

  it('encodes text outside ASCII as UTF-8 bytes', () => {
    expect(qrModules('é')).toEqual(codeOfBytes([0xc3, 0xa9]));
    expect(qrModules('€')).toEqual(codeOfBytes([0xe2, 0x82, 0xac]));
    expect(qrModules('€')).not.toEqual(codeOfBytes([0xac])); // what the library makes of "€" by itself
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
