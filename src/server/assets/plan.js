/* /plan: search over GET /api/search with highlighted hits, and the copy button on each clause. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var field = document.getElementById('search-q');
  var results = document.getElementById('search-results');
  var copyStatus = document.getElementById('copy-status');

  var el = window.ZhengceAnswer.el;

  /* `highlights` are verbatim substrings of `text` in text order: wrap each next occurrence in <mark>. */
  function marked(text, highlights) {
    var nodes = [];
    var at = 0;
    (highlights || []).forEach(function (h) {
      var i = h ? text.indexOf(h, at) : -1;
      if (i < 0) return;
      if (i > at) nodes.push(text.slice(at, i));
      nodes.push(el('mark', { text: h }));
      at = i + h.length;
    });
    if (at < text.length) nodes.push(text.slice(at));
    return nodes;
  }

  async function search(q) {
    results.textContent = '正在检索……';
    try {
      var res = await fetch('/api/search?q=' + encodeURIComponent(q) + '&k=8', { headers: { Accept: 'application/json' } });
      var body = await res.json();
      if (!res.ok) {
        results.textContent = (body && body.error && body.error.message) || '检索失败，请稍后再试。';
        return;
      }
      if (!body.results.length) {
        results.replaceChildren(el('p', { text: '没有找到与“' + q + '”相关的条款。' }));
        return;
      }
      results.replaceChildren(
        el('p', { text: '找到 ' + body.results.length + ' 条相关条款：' }),
        el('ol', {}, body.results.map(function (r) {
          return el('li', {}, [
            el('a', { href: '#' + r.id, text: r.label + '（条款 ' + r.id + '）' }),
            el('p', {}, marked(r.text, r.highlights)),
          ]);
        })),
      );
    } catch (e) {
      results.textContent = '检索失败，请检查网络后重试。';
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var q = field.value.trim();
    if (!q) {
      results.textContent = '请输入要检索的内容。';
      field.focus();
      return;
    }
    search(q);
  });

  /* navigator.clipboard needs a secure context; plain-http intranet deployments fall back to execCommand. */
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = el('textarea', { readonly: '', 'aria-hidden': 'true' });
      area.value = text;
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      area.remove();
      if (ok) resolve();
      else reject(new Error('copy failed'));
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.copy');
    if (!button) return;
    copy(button.getAttribute('data-copy')).then(
      function () {
        button.textContent = '已复制';
        button.classList.add('done');
        copyStatus.textContent = '已复制条款及出处';
        setTimeout(function () { button.textContent = '复制'; button.classList.remove('done'); }, 2000);
      },
      function () { copyStatus.textContent = '复制失败，请手动选择文字复制'; },
    );
  });

  /* Opened from a citation: move keyboard focus to the clause too, not only the scroll position. */
  function focusTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.classList.contains('clause')) target.focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', focusTarget);
  focusTarget();
})();
