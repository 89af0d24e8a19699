// Messenger and Instagram: a customer wrote on Messenger with a photo more than 24 hours ago (the Java test delivered
// the signed page webhook and moved the window back), so the composer says the reply goes out tagged as a human
// agent's answer. Meta refuses the reply (WireMock answers the Send API with an error): the failed message shows
// Meta's error next to "Send again". The admin then opens the Messenger and Instagram inboxes' settings: tokens show
// only as set, the callback URL and the verify token to register are shown.
import { accessible, args, newPage, scenario, screenshot, signIn } from './lib.mjs';

const check = (condition, what) => {
  if (!condition) throw new Error(`expected: ${what}`);
};

await scenario('messenger', async (browser) => {
  const page = await newPage(browser, { height: 900 });
  await signIn(page, args.agent);
  await page.goto(`${args.baseUrl}/inbox/mine/${args.conversationId}`);
  const thread = page.getByRole('log', { name: 'Messages' });
  await thread.getByText('The parcel arrived like this').waitFor();
  await thread.getByText('parcel.png').first().waitFor();

  const composer = page.getByRole('form', { name: 'Write a reply or note' });
  await composer.getByText(/tagged as a human agent's answer/).waitFor();
  await composer.getByRole('textbox').first().fill('So sorry! A replacement is on its way.');
  await composer.getByRole('button', { name: 'Send' }).click();
  await thread.getByTestId('delivery-error').filter({ hasText: "This person isn't available right now" }).waitFor({ timeout: 20_000 });
  await thread.getByRole('button', { name: 'Send again' }).waitFor();
  await screenshot(page, 'messenger-thread-failed');
  await accessible(page, 'a Messenger thread with a failed reply');

  const admin = await newPage(browser, { height: 1300 });
  await signIn(admin, args.admin);
  await admin.goto(`${args.baseUrl}/settings/inboxes`);
  for (const channel of ['messenger', 'instagram']) {
    await admin.getByRole('row').filter({ hasText: `${channel} inbox` }).getByRole('button', { name: /^Edit inbox/ }).click();
    const dialog = admin.getByRole('dialog', { name: 'Edit inbox' });
    await dialog.getByTestId('webhook-url').waitFor();
    const url = await dialog.getByTestId('webhook-url').inputValue();
    const inboxId = args.inboxes[channel.toUpperCase()];
    check(url === `${args.baseUrl}/webhooks/${channel}/${inboxId}`, `the ${channel} callback URL to register (${url})`);
    check((await dialog.getByTestId('verify-token').inputValue()).length >= 20, `the ${channel} verify token is shown`);
    check(await dialog.getByLabel('Page access token').inputValue() === '', 'the page access token is never shown');
    await dialog.getByText('Set. Leave empty to keep it.').first().waitFor();
    await screenshot(admin, `settings-${channel}-inbox`);
    await accessible(admin, `the ${channel} inbox settings`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  }
});
