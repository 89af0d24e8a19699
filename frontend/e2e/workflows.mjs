// Guided workflows: a supervisor authors "Internet not working" in the workflows page (a question whose answers
// lead to two outcomes with actions) and publishes it; an agent runs it from a conversation's side panel, resumes it
// after a reload, goes back, reaches an outcome whose tags are applied and whose canned reply goes into the
// composer, and the timeline shows what was tried; the supervisor reads the workflow's analytics.
import { api, args, inbound, newPage, scenario, screenshot, signIn } from './lib.mjs';

const suffix = Math.random().toString(36).slice(2, 8);
const { agent, supervisor, admin, inboxes } = args;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

await scenario('workflows', async (browser) => {
  await api(supervisor, 'POST', '/knowledge/articles', {
    title: 'Restarting a home router', language: 'en', audience: 'INTERNAL', status: 'PUBLISHED',
    body: '<p>Unplug it for 30 seconds.</p>',
  });
  await api(supervisor, 'POST', '/canned-responses', {
    shortcut: `power-${suffix}`, title: 'Check the power', shared: true,
    body: 'Could you check that the router is plugged in and switched on?',
  });
  await api(admin, 'POST', '/routing/queues', { name: 'Tier 2', push: false });

  // Authoring.
  const author = await newPage(browser, { height: 1100 });
  await signIn(author, supervisor);
  await author.getByRole('link', { name: 'Workflows' }).click();
  await author.getByRole('button', { name: 'New workflow' }).click();
  const editor = author.getByTestId('workflow-editor');
  await editor.getByLabel('Name').fill(`Internet not working ${suffix}`);
  const first = editor.getByTestId('step-step-1');
  await first.getByLabel('Title').fill('Check the router lights');
  await first.getByLabel('Instructions').fill('<p>Ask the customer to look at the <b>front of the router</b>.</p><img src="x" onerror="window.__xss=1">');
  await first.getByLabel('Question (optional)').fill('Are the lights on?');
  await editor.getByRole('button', { name: 'Add step' }).click();
  const power = editor.getByTestId('step-step-2');
  await power.getByLabel('Title').fill('Power problem');
  await power.getByLabel('Action', { exact: true }).selectOption('TAGS');
  await power.getByRole('button', { name: 'Add action' }).click();
  await power.getByLabel('Tags, separated by commas').fill('hardware, power');
  await power.getByLabel('Action', { exact: true }).selectOption('CANNED_REPLY');
  await power.getByRole('button', { name: 'Add action' }).click();
  await editor.getByRole('button', { name: 'Add step' }).click();
  const restart = editor.getByTestId('step-step-3');
  await restart.getByLabel('Title').fill('Restart the router');
  await restart.getByLabel('Action', { exact: true }).selectOption('ARTICLE');
  await restart.getByRole('button', { name: 'Add action' }).click();
  await first.getByRole('button', { name: 'Add answer' }).click();
  await first.getByLabel('Answer', { exact: true }).nth(0).fill('No');
  await first.getByLabel('Leads to').nth(0).selectOption('step-2');
  await first.getByRole('button', { name: 'Add answer' }).click();
  await first.getByLabel('Answer', { exact: true }).nth(1).fill('Yes');
  await first.getByLabel('Leads to').nth(1).selectOption('step-3');
  await editor.getByRole('button', { name: 'Save' }).click();
  await author.getByRole('button', { name: 'Publish' }).click();
  await author.locator('.section-head .workflow-status.PUBLISHED').waitFor();
  await screenshot(author, 'workflows-authoring');

  // An agent runs it on a conversation.
  const email = await inbound(inboxes.EMAIL, { from: `ada-${suffix}@example.com`, name: 'Ada', subject: 'No internet', text: 'My internet is down since this morning.' });
  const page = await newPage(browser, { height: 1000 });
  await signIn(page, agent);
  await page.goto(`${args.baseUrl}/inbox/unassigned/${email.conversationId}`);
  const panel = page.getByTestId('workflow-panel');
  await panel.getByLabel('Workflow to start').selectOption({ label: `Internet not working ${suffix}` });
  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.getByText('Are the lights on?').waitFor();
  check(await page.evaluate(() => window.__xss === undefined), 'step markup did not run');
  await panel.getByRole('button', { name: 'Yes' }).click();
  await panel.getByTestId('workflow-outcome').getByText('Outcome: Restart the router').waitFor();
  await panel.getByRole('link', { name: 'Restarting a home router' }).waitFor();
  await panel.getByRole('button', { name: 'Done' }).click();

  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.getByText('Are the lights on?').waitFor();
  await page.reload();
  await panel.getByText('Are the lights on?').waitFor(); // resumed from the server after a reload
  await panel.getByText('front of the router').waitFor();
  await screenshot(page, 'workflows-conversation-step');
  await panel.getByRole('button', { name: 'No' }).click();
  const outcome = panel.getByTestId('workflow-outcome');
  await outcome.getByText('Outcome: Power problem').waitFor();
  await outcome.getByText('Tags added: hardware, power').waitFor();
  await outcome.getByRole('button', { name: 'Insert reply' }).click();
  const reply = page.locator('form.composer textarea');
  check((await reply.inputValue()).includes('Could you check that the router is plugged in'), `canned reply inserted: ${await reply.inputValue()}`);
  await page.getByText('ended with “Power problem”').waitFor();
  await screenshot(page, 'workflows-conversation-outcome');
  const conversation = await api(agent, 'GET', `/conversations/${email.conversationId}`);
  check(conversation.tags.includes('hardware') && conversation.tags.includes('power'), `tags applied: ${conversation.tags}`);

  // A Korean agent: the panel lists Korean workflows first, in Korean; back returns to the previous step.
  const korean = await api(supervisor, 'POST', '/workflows', {
    name: `인터넷 연결 안 됨 ${suffix}`, language: 'ko', definition: {
      start: 'lights', steps: [
        { id: 'lights', title: '공유기 표시등 확인', body: '<p>공유기 앞면의 <b>전원</b> 표시등을 확인해 달라고 요청하세요.</p>',
          question: '표시등이 켜져 있나요?', answers: [{ id: 'on', label: '예', next: 'restart' }, { id: 'off', label: '아니요', next: 'power' }], actions: [] },
        { id: 'restart', title: '공유기 재시작', body: '<ol><li>전원을 뽑습니다.</li><li>30초 기다립니다.</li></ol>',
          question: '연결이 복구되었나요?', answers: [{ id: 'yes', label: '예', next: 'fixed' }], actions: [] },
        { id: 'fixed', title: '재시작으로 해결', body: '', question: null, answers: [], actions: [{ type: 'TAGS', tags: ['internet'] }] },
        { id: 'power', title: '전원 문제', body: '', question: null, answers: [], actions: [{ type: 'PRIORITY', priority: 'HIGH' }] },
      ],
    },
  });
  await api(supervisor, 'POST', `/workflows/${korean.id}/status`, { status: 'PUBLISHED' });
  const chat = await inbound(inboxes.CHAT, { from: `visitor-${suffix}`, name: '김하나', text: '인터넷이 안 돼요' });
  const koPage = await newPage(browser, { locale: 'ko-KR', height: 1000 });
  await signIn(koPage, agent);
  await koPage.goto(`${args.baseUrl}/inbox/unassigned/${chat.conversationId}`);
  const koPanel = koPage.getByTestId('workflow-panel');
  await koPanel.getByRole('heading', { name: '가이드 워크플로' }).waitFor();
  await koPanel.getByLabel('시작할 워크플로').selectOption({ label: `인터넷 연결 안 됨 ${suffix}` });
  await koPanel.getByRole('button', { name: '시작' }).click();
  await koPanel.getByRole('button', { name: '예' }).click();
  await koPanel.getByText('연결이 복구되었나요?').waitFor();
  await koPanel.getByRole('button', { name: '이전' }).click();
  await koPanel.getByText('표시등이 켜져 있나요?').waitFor();
  await koPage.getByText('“공유기 표시등 확인”(으)로 돌아감').waitFor();
  await screenshot(koPage, 'workflows-conversation-korean');

  // Analytics.
  await author.getByRole('tab', { name: 'Analytics' }).click();
  const analytics = author.getByTestId('workflow-analytics');
  await analytics.locator('dd').first().getByText('2').waitFor();
  await screenshot(author, 'workflows-analytics');
});
