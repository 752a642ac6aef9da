/* Shared by /plan and /match: a DOM builder (textContent only — text is never parsed as HTML) and the
   Chinese message of an error response. The chat on / is src/chat, bundled with the widget's code. */
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

  /** The error body's Chinese message, or a fallback for a network failure or an unexpected response. */
  async function errorMessage(response) {
    try {
      var body = await response.json();
      if (body && body.error && body.error.message) return body.error.message;
    } catch (e) { /* not our JSON */ }
    return '服务暂时不可用（HTTP ' + response.status + '），请稍后再试。';
  }

  window.ZhengceAnswer = { el: el, errorMessage: errorMessage };
})();
