import qrcode from 'qrcode-generator';

/** The dark (true) and light modules of {@code text} as a QR code, row by row, without the quiet zone. */
export function qrModules(text: string): boolean[][] {
  // Medium error correction: readable from a screen with some glare, and still a small code for an otpauth URI.
  const code = qrcode(0, 'M');
  code.addData(asByteString(text), 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/**
 * The library takes one byte per character; this spells {@code text} as its UTF-8 bytes, so an address or name
 * outside ASCII reaches the authenticator app intact.
 */
function asByteString(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

/**
 * An SVG path drawing the dark modules, one rectangle per horizontal run, shifted right and down by
 * {@code margin} modules (the quiet zone scanners need around the code).
 */
export function qrPath(modules: boolean[][], margin: number): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x + 1 < row.length && row[x + 1]) x++;
      parts.push(`M${start + margin} ${y + margin}h${x - start + 1}v1h-${x - start + 1}z`);
    }
  });
  return parts.join('');
}
