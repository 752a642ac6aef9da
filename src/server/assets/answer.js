/* Shared by the pages: read a POST event stream and render an answer with its citations.
   Builds DOM with textContent only — answer text is never parsed as HTML. */
(function () {
  'use strict';

  function el(tag, props, children) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === 'text') node.textContent = props[key];
      else if (key === 'class') node.className = props[key];
      else node.setAttribute(key, props[key]);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  /* EventSource cannot POST, so parse text/event-stream by hand: blocks separated by a blank line. */
  async function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = '';
    for (;;) {
      var step = await reader.read();
      buffer += decoder.decode(step.value || new Uint8Array(), { stream: !step.done });
      var blocks = buffer.split(/\r?\n\r?\n/);
      buffer = step.done ? '' : blocks.pop();
      blocks.forEach(function (block) {
        var event = 'message';
        var data = [];
        block.split(/\r?\n/).forEach(function (line) {
          if (line.indexOf('event:') === 0) event = line.slice(6).trim();
          else if (line.indexOf('data:') === 0) data.push(line.slice(5).replace(/^ /, ''));
        });
        if (data.length) onEvent(event, JSON.parse(data.join('\n')));
      });
      if (step.done) return;
    }
  }

  /* "…20万个以上。[1][2]" → text with [n] turned into links to the cited clause on /plan. */
  function answerNodes(text, citations) {
    var byN = {};
    (citations || []).forEach(function (c) { byN[c.n] = c; });
    return text.split(/(\[\d{1,2}\])/).filter(Boolean).map(function (part) {
      var m = /^\[(\d{1,2})\]$/.exec(part);
      var cite = m && byN[Number(m[1])];
      if (!cite) return document.createTextNode(part);
      return el('a', { class: 'cite-ref', href: cite.url, 'aria-label': '出处' + cite.n + '：' + cite.label, text: '[' + cite.n + ']' });
    });
  }

  function sourcesList(citations) {
    if (!citations || !citations.length) return null;
    return el('div', { class: 'sources' }, [
      el('h3', { text: '出处' }),
      el('ol', {}, citations.map(function (c) {
        return el('li', { value: String(c.n) }, [
          el('a', { href: c.url, text: c.label + '（条款 ' + c.id + '）' }),
          c.quote ? el('blockquote', { text: c.quote }) : null,
        ]);
      })),
    ]);
  }

  /** The error body's Chinese message, or a fallback for a network failure or an unexpected response. */
  async function errorMessage(response) {
    try {
      var body = await response.json();
      if (body && body.error && body.error.message) return body.error.message;
    } catch (e) { /* not our JSON */ }
    return '服务暂时不可用（HTTP ' + response.status + '），请稍后再试。';
  }

  window.ZhengceAnswer = { el: el, readEvents: readEvents, answerNodes: answerNodes, sourcesList: sourcesList, errorMessage: errorMessage };
})();
