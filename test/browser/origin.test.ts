/** A portal whose origin is not listed for the site key is told so in Chinese, not left silent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './_chromium.js';
import { startHost, type HostServer } from './_host.js';
import { ask, openHostPage, startFixture, type Fixture } from './_fixture.js';

let fixture: Fixture;
let stranger: HostServer;
beforeAll(async () => {
  fixture = await startFixture();
  stranger = await startHost();
  stranger.setApi(fixture.service.origin);
});
afterAll(async () => {
  await stranger?.stop();
  await fixture?.stop();
});

describe.skipIf(skipBrowserTests)('an unlisted origin', () => {
  it('shows 本网站未获授权使用政策问答，请联系网站管理员。 and no retry button', async () => {
    const { page } = await openHostPage({ ...fixture, hostUrl: () => `${stranger.origin}/` });
    await ask(page, '到2025年要建多少个5G基站？');
    const error = page.locator('policy-qa-widget .log .msg.error');
    expect(await error.locator('.error-text').textContent()).toBe('本网站未获授权使用政策问答，请联系网站管理员。');
    expect(await error.getByRole('button', { name: '重试' }).count()).toBe(0);
    await page.context().close();
  });
});
