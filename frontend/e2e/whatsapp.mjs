// WhatsApp: a customer wrote more than 24 hours ago (the Java test delivered the signed Cloud API webhook and moved
// the window back), so the agent's composer refuses free text and offers the inbox's approved templates; the agent
// fills the variables, sees the preview and sends it. The admin then opens the inbox's settings: credentials show
// only as set, and the webhook URL to register is shown.
import { accessible, api, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

const check = (condition, what) => {
  if (!condition) throw new Error(`expected: ${what}`);
};

await scenario('whatsapp', async (browser) => {
  const page = await newPage(browser, { height: 900 });
  await signIn(page, args.agent);
  await page.goto(`${args.baseUrl}/inbox/mine/${args.conversationId}`);
  const thread = page.getByRole('log', { name: 'Messages' });
  await thread.getByText('Is my order on its way?').waitFor();

  const composer = page.getByRole('form', { name: 'Write a reply or note' });
  await composer.getByText('WhatsApp to +4915112345678').waitFor();
  await composer.getByText(/The 24-hour window is closed/).waitFor();
  check(await composer.getByRole('button', { name: 'Send' }).isDisabled(), 'no free text outside the window');

  await composer.getByLabel('Template').selectOption('order_update:en');
  await composer.getByLabel('Variable 1').fill('A-1042');
  check(await composer.getByRole('button', { name: 'Send' }).isDisabled(), 'a template is sent only with every variable');
  await composer.getByLabel('Variable 2').fill('left our warehouse');
  await composer.getByTestId('template-preview').filter({ hasText: 'Your order A-1042 has left our warehouse.' }).waitFor();
  await screenshot(page, 'whatsapp-template-picker');
  await accessible(page, 'the WhatsApp template picker');

  await composer.getByRole('button', { name: 'Send' }).click();
  await thread.getByText('Your order A-1042 has left our warehouse.').waitFor();
  await composer.getByLabel('Template').waitFor(); // the picker is back, empty, for the next reply
  const messages = await api(args.agent, 'GET', `/conversations/${args.conversationId}/messages`);
  const sent = messages.find((m) => m.direction === 'OUTBOUND');
  check(sent?.metadata?.whatsapp?.template?.name === 'order_update', 'the reply records its template');
  await screenshot(page, 'whatsapp-template-sent');

  const admin = await newPage(browser, { height: 1300 });
  await signIn(admin, args.admin);
  await admin.goto(`${args.baseUrl}/settings/inboxes`);
  await admin.getByRole('row').filter({ hasText: 'whatsapp inbox' }).getByRole('button', { name: /^Edit inbox/ }).click();
  const dialog = admin.getByRole('dialog', { name: 'Edit inbox' });
  await dialog.getByTestId('webhook-url').waitFor();
  const url = await dialog.getByTestId('webhook-url').inputValue();
  check(url === `${args.baseUrl}/webhooks/whatsapp/${args.inboxes.WHATSAPP}`, `the webhook URL to register (${url})`);
  check(await dialog.getByLabel('Access token').inputValue() === '', 'the access token is never shown');
  await dialog.getByText('Set. Leave empty to keep it.').first().waitFor();
  await screenshot(admin, 'settings-whatsapp-inbox');
});
