/* /docs: Swagger UI over the service's own /openapi.json, and the copy buttons of the code examples. */
(function () {
  'use strict';
  window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    defaultModelsExpandDepth: 0,
  });

  var status = document.getElementById('copy-status');
  document.querySelectorAll('.copy-code').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = button.getAttribute('data-copy');
      var done = function (ok) {
        button.textContent = ok ? '已复制' : '复制失败';
        status.textContent = ok ? '已复制到剪贴板。' : '复制失败，请手动选择代码复制。';
        setTimeout(function () { button.textContent = '复制'; }, 2000);
      };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
      else done(false);
    });
  });
})();
