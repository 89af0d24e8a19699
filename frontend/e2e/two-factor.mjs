// An agent sets up two-factor sign-in with an authenticator app (the code computed here, RFC 6238), then signs in
// again in a fresh browser with the password and a code. An admin then resets it, as for a member who lost their
// phone, and the agent signs in with the password alone.
import { createHmac } from 'node:crypto';
import jsQR from 'jsqr';
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** What an authenticator app shows for {secret} at {time} (HMAC-SHA1, 30-second steps, 6 digits). */
function totp(secret, time = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const hash = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  const binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
  return String(binary % 1_000_000).padStart(6, '0');
}

/** What a QR scanner (jsQR) reads from the SVG {qr} as the browser paints it, at its size on screen. */
async function scan(qr) {
  const { width, height, pixels } = await qr.evaluate(async (svg) => {
    const { width, height } = svg.getBoundingClientRect();
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    Object.assign(canvas, { width, height });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, width, height);
    return { width, height, pixels: Array.from(context.getImageData(0, 0, width, height).data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data;
}

await scenario('two-factor', async (browser) => {
  const page = await newPage(browser);
  await signIn(page, args.agent);
  await page.goto(`${args.baseUrl}/settings/security`);
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const secret = await page.getByTestId('totp-secret').inputValue();
  const link = await page.getByTestId('otpauth-link').getAttribute('href');
  if (!link.startsWith('otpauth://totp/') || !link.includes(`secret=${secret}`)) throw new Error(`unexpected link ${link}`);
  // The QR code is drawn in the page, under a name a screen reader reads out, and a scanner reads the link from it.
  const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  await qr.waitFor();
  const box = await qr.boundingBox();
  if (box.width < 150 || box.height !== box.width) throw new Error(`QR code drawn ${box.width}×${box.height}`);
  const scanned = await scan(qr);
  if (scanned !== link) throw new Error(`the QR code reads ${scanned}, not ${link}`);
  await screenshot(page, 'two-factor-setup');
  await accessible(page, 'two-factor setup');

  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  const codes = page.getByTestId('recovery-codes');
  await codes.waitFor();
  if ((await codes.locator('li').count()) !== 10) throw new Error('expected ten recovery codes');
  await screenshot(page, 'two-factor-recovery-codes');
  await accessible(page, 'recovery codes');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByTestId('two-factor-on').waitFor();
  await page.getByTestId('sessions-table').getByText('This browser').waitFor();
  await screenshot(page, 'two-factor-security');

  const next = await newPage(browser);
  await next.goto(args.baseUrl);
  await next.locator('input[name=email]').fill(args.agent.email);
  await next.locator('input[name=password]').fill(args.agent.password);
  await next.locator('button[type=submit]').click();
  const code = next.getByLabel('Code', { exact: true });
  await code.waitFor();
  await code.fill('000000');
  await next.getByRole('button', { name: 'Verify' }).click();
  await next.getByRole('alert').waitFor();
  await screenshot(next, 'two-factor-code');
  await accessible(next, 'code step');
  // The code of the step used to turn it on is spent; the next step's code is accepted already.
  await code.fill(totp(secret, Date.now() + 30_000));
  await next.getByRole('button', { name: 'Verify' }).click();
  await next.getByTestId('current-user').waitFor();
  await screenshot(next, 'two-factor-signed-in');

  // The agent lost their phone: an admin resets their two-factor sign-in, after confirming.
  const admin = await newPage(browser);
  await signIn(admin, args.admin);
  await admin.goto(`${args.baseUrl}/settings/users`);
  await admin.locator(`tr[data-email="${args.agent.email}"]`)
    .getByRole('button', { name: /Sign-in security of/ }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByTestId('member-sessions').locator('tbody tr').first().waitFor();
  await dialog.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  const confirm = admin.getByRole('dialog', { name: 'Reset two-factor sign-in?' });
  await confirm.waitFor();
  await screenshot(admin, 'two-factor-reset-confirm');
  await accessible(admin, 'two-factor reset confirmation');
  await confirm.getByRole('button', { name: 'Reset two-factor sign-in' }).click();
  await confirm.waitFor({ state: 'detached' });
  await dialog.getByRole('status').getByText('is reset').waitFor();
  await screenshot(admin, 'two-factor-reset');

  const withoutCode = await newPage(browser);
  await signIn(withoutCode, args.agent);
  await withoutCode.goto(`${args.baseUrl}/settings/security`);
  await withoutCode.getByRole('button', { name: 'Set up two-factor sign-in' }).waitFor();
});
