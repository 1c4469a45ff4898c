import path from 'node:path';
import { Router } from 'express';
import type { SpecDocument } from '../http/spec-document';
import type { Handler, MediaHandler } from '../http/typed-handler';

/**
 * Redoc's self-contained browser bundle, served by us: the page loads nothing from a CDN.
 * Sent relative to its folder, since pnpm's store path holds a dot folder that `send` refuses.
 */
const redocBundle = require.resolve('redoc/bundles/redoc.standalone.js');
const redocBundleFile = { name: path.basename(redocBundle), options: { root: path.dirname(redocBundle), maxAge: '1h' } };

// No inline script, so the page also works under a `script-src 'self'` content security policy.
const docsPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Dispositions API reference</title>
  </head>
  <body>
    <redoc spec-url="/openapi.json"></redoc>
    <script src="/docs/redoc.standalone.js"></script>
  </body>
</html>
`;

/**
 * The page may load only from this server. Redoc's styles are inline (styled-components),
 * its search runs in a blob: worker, and the one thing it asks of another host (Redocly's
 * logo in the menu) is refused, so the reference sends nothing to any third party.
 */
const docsContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The API reference page and the spec it is rendered from, both public. */
export function docsRouter(spec: SpecDocument): Router {
  const getApiReference: MediaHandler<'getApiReference', 'text/html'> = (_req, res) => {
    res.setHeader('Content-Security-Policy', docsContentSecurityPolicy);
    res.type('html').send(docsPage);
  };
  const getOpenApiJson: Handler<'getOpenApiJson'> = (_req, res) => {
    res.json(spec.json as never);
  };
  const getOpenApiYaml: MediaHandler<'getOpenApiYaml', 'application/yaml'> = (_req, res) => {
    res.type('application/yaml').send(spec.yaml);
  };
  return Router()
    .get('/docs', getApiReference)
    .get('/docs/redoc.standalone.js', (_req, res) => res.sendFile(redocBundleFile.name, redocBundleFile.options))
    .get('/openapi.json', getOpenApiJson)
    .get('/openapi.yaml', getOpenApiYaml);
}
