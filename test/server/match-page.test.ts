import { describe, expect, it } from 'vitest';
import { expectSelfContained, makeApp } from './_helpers.js';

describe('GET /match', () => {
  it('is a Chinese form built from the facet table, with its script and no inline code', async () => {
    const { app } = await makeApp();
    const res = await app.request('/match');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1>哪些政策适用于我</h1>');
    expect(page).toContain('<option value="金华">金华</option>');
    expect(page).toContain('value="专精特新/小巨人"');
    expect(page).toContain('value="融资信贷"');
    expect(page).toContain('<script src="/assets/answer.js" defer></script>\n<script src="/assets/match.js" defer></script>');
    expect(page).toContain('<a href="/match" aria-current="page">政策匹配</a>');
    await expectSelfContained(app, page);
  });

  it('answers the form with grouped measures for 小微企业 + 融资信贷', async () => {
    const { app } = await makeApp();
    const res = await app.request('/api/match', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ enterpriseTypes: ['小微企业'], needs: ['融资信贷'] }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.groups[0].need).toBe('融资信贷');
    expect(body.groups[0].measures[0].id).toBe('3.3.4');
    expect(body.groups[0].measures[0].url).toBe('/plan#3.3.4');
  });
});
