/* /docs: Swagger UI over the service's own /openapi.json. */
(function () {
  'use strict';
  window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    defaultModelsExpandDepth: 0,
  });
})();
