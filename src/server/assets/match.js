/* /match: send the profile to POST /api/match and render the grouped measures with their clauses.
   DOM is built with answer.js's el(), textContent only. */
(function () {
  'use strict';
  var form = document.getElementById('match-form');
  var status = document.getElementById('match-status');
  var result = document.getElementById('match-result');
  var printButton = document.getElementById('print-button');

  var el = window.ZhengceAnswer.el;

  function profileFromForm() {
    var data = new FormData(form);
    var profile = {};
    ['industry', 'region', 'description'].forEach(function (name) {
      var value = String(data.get(name) || '').trim();
      if (value) profile[name] = value;
    });
    ['enterpriseTypes', 'needs'].forEach(function (name) {
      var values = data.getAll(name).map(String);
      if (values.length) profile[name] = values;
    });
    return profile;
  }

  function summary(profile) {
    var parts = [];
    if (profile.industry.length) parts.push('行业：' + profile.industry.join('、'));
    if (profile.region.length) parts.push('地区：' + profile.region.join('、'));
    if (profile.enterpriseTypes.length) parts.push('企业类型：' + profile.enterpriseTypes.join('、'));
    if (profile.needs.length) parts.push('需求：' + profile.needs.join('、'));
    return parts.length ? '识别到的情况 — ' + parts.join('；') : '未识别到具体的行业、地区、企业类型或需求。';
  }

  function render(body) {
    result.textContent = '';
    result.appendChild(el('h2', { text: '匹配结果' }));
    result.appendChild(el('p', { class: 'muted', text: summary(body.profile) }));
    if (!body.groups.length) {
      result.appendChild(el('p', { class: 'refused', text: body.message || '规划中没有找到针对您情况的措施，请拨打12345咨询。' }));
      printButton.hidden = true;
      return;
    }
    body.groups.forEach(function (group) {
      var list = el('ol', { class: 'measures' });
      group.measures.forEach(function (m) {
        list.appendChild(el('li', {}, [
          el('blockquote', { text: m.quote }),
          el('p', { class: 'measure-source' }, [
            el('a', { href: m.url, target: '_blank', rel: 'noopener', text: m.label + '（条款 ' + m.id + '）' }),
          ]),
          el('p', { class: 'muted matched-on', text: '匹配依据：' + m.matchedOn.join('；') }),
        ]));
      });
      result.appendChild(el('section', { class: 'match-group' }, [el('h3', { text: group.need }), list]));
    });
    result.appendChild(el('p', { class: 'muted', text: '以上内容摘自《浙江省全球先进制造业基地建设“十四五”规划》原文，具体申报条件以有关部门发布的实施细则为准；咨询请拨打12345。' }));
    printButton.hidden = false;
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    var profile = profileFromForm();
    if (!Object.keys(profile).length) {
      status.textContent = '请至少填写一项：行业、地区、企业类型、需求或补充描述。';
      return;
    }
    status.textContent = '正在查找……';
    try {
      var response = await fetch('/api/match', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(profile) });
      if (!response.ok) {
        status.textContent = await window.ZhengceAnswer.errorMessage(response);
        return;
      }
      var body = await response.json();
      status.textContent = body.groups.length ? '已找到 ' + body.groups.reduce(function (n, g) { return n + g.measures.length; }, 0) + ' 条相关措施。' : '没有找到相关措施。';
      render(body);
    } catch (error) {
      status.textContent = '网络连接失败，请检查网络后重试。';
    }
  });

  printButton.addEventListener('click', function () { window.print(); });
})();
