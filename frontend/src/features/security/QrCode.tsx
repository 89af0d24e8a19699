import { useMemo } from 'react';
import { qrModules, qrPath } from './qrCode';

const QUIET_ZONE = 4;

/** {@code value} as a QR code, drawn here in the browser (the secret it carries never leaves for an image service). */
export function QrCode({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const { size, path } = useMemo(() => {
    const modules = qrModules(value);
    return { size: modules.length + 2 * QUIET_ZONE, path: qrPath(modules, QUIET_ZONE) };
  }, [value]);
  return (
    <svg className="qr-code" role="img" aria-label={label} data-testid={testId} viewBox={`0 0 ${size} ${size}`}
         shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
