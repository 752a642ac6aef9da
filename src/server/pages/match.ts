/** GET /match: 哪些政策适用于我 — a short profile form over POST /api/match, printable as a one-page summary. */
import { html } from 'hono/html';
import type { FacetTable } from '../../ingest/facets.js';
import { page } from './layout.js';

const CITIES = ['杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '金华', '衢州', '舟山', '台州', '丽水'];

const checkboxes = (name: string, legend: string, values: string[]) => html`<fieldset class="choices">
  <legend>${legend}</legend>
  ${values.map((v, i) => html`<label class="choice"><input type="checkbox" name="${name}" value="${v}" id="${name}-${i}"> ${v}</label>`)}
</fieldset>`;

export function matchPage(table: FacetTable | undefined) {
  const industries = table?.industry.map((f) => f.name) ?? [];
  const regions = table?.region.map((f) => f.name) ?? CITIES;
  const main = html`<div class="wrap match">
  <h1>哪些政策适用于我</h1>
  <p class="lead">填写企业的基本情况，列出规划中与您相关的措施，按需求分组，并给出规划原文和条款出处。可打印后交给企业。</p>
  <form id="match-form" class="match-form" novalidate>
    <div class="field">
      <label for="industry">所属行业</label>
      <input id="industry" name="industry" list="industry-list" maxlength="100" placeholder="如：汽车零部件、纺织、生物医药">
      <datalist id="industry-list">${industries.map((v) => html`<option value="${v}"></option>`)}</datalist>
    </div>
    <div class="field">
      <label for="region">所在地区</label>
      <select id="region" name="region">
        <option value="">不限</option>
        ${regions.map((v) => html`<option value="${v}">${v}</option>`)}
      </select>
    </div>
    ${checkboxes('enterpriseTypes', '企业类型（可多选）', table?.enterpriseType.map((f) => f.name) ?? [])}
    ${checkboxes('needs', '主要需求（可多选）', table?.need.map((f) => f.name) ?? [])}
    <div class="field">
      <label for="description">补充描述（选填）</label>
      <textarea id="description" name="description" rows="2" maxlength="500" placeholder="如：宁波一家做汽车零部件的专精特新企业，想扩产缺钱"></textarea>
    </div>
    <div class="form-actions">
      <button type="submit" class="primary">查找适用措施</button>
      <button type="button" class="secondary" id="print-button" hidden>打印结果</button>
    </div>
    <p id="match-status" class="status" role="status"></p>
  </form>
  <section id="match-result" class="match-result" aria-live="polite" aria-label="匹配结果"></section>
</div>`;
  return page({
    title: '哪些政策适用于我 · 政策问答',
    description: '按行业、地区、企业类型和需求，查找《浙江省全球先进制造业基地建设“十四五”规划》中适用的措施。',
    current: '/match',
    main,
    scripts: ['/assets/answer.js', '/assets/match.js'],
  });
}
