import path from 'node:path';
import { Router } from 'express';
import { consoleSpec } from '../http/docs-spec';
import type { Handler, MediaHandler } from '../http/typed-handler';
import type { SpecDocument } from '../spec-document';
import { apiReferenceBundle } from './docs-bundle';

// No inline script, so the page also works under a `script-src 'self'` content security policy.
const docsPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Dispositions API reference</title>
    <link rel="icon" href="/favicon.ico" type="image/svg+xml">
  </head>
  <body>
    <div id="app"></div>
    <script src="/docs/scalar-api-reference.js"></script>
    <script src="/docs/api-reference.js"></script>
  </body>
</html>
`;

/**
 * Scalar's settings: the spec from this server, as the console should start from it
 * (http/docs-spec.ts), and nothing from Scalar's hosts (its fonts, telemetry, AI agent, CORS
 * proxy), so a key pasted into the console goes only to this server.
 */
const apiReferenceOptions = {
  url: '/docs/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: 'never',
  hideClientButton: true,
  documentDownloadType: 'none',
  persistAuth: false,
};
// Not `#api-reference`: Scalar takes an element of that id for its own and never renders.
const apiReferenceScript = `Scalar.createApiReference('#app', ${JSON.stringify(apiReferenceOptions)});\n`;

/**
 * The page may load only from this server. Scalar's styles are inline (Vue), and the request
 * console sends its requests to this origin (`connect-src 'self'`).
 */
const docsContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A speech bubble with a check mark: the tab of /docs, and what a browser asks for at /favicon.ico. */
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<rect x="2" y="4" width="28" height="20" rx="5" fill="#2563eb"/><path d="M9 24l-2 6 8-6z" fill="#2563eb"/>
<path d="M10 14l4 4 8-8" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;

/** What the docs router serves beyond the spec's paths: a browser's first visit. */
export const docsPaths = ['/', '/favicon.ico'];

/**
 * The API reference page and the spec it is rendered from, all public; `/` leads a browser
 * to the reference, and the favicon spares a first visit a 401 in its console.
 */
export function docsRouter(spec: SpecDocument): Router {
  // Sent relative to its folder, since pnpm's store path holds a dot folder that `send` refuses.
  const bundle = apiReferenceBundle();
  const bundleFile = { root: path.dirname(bundle), maxAge: '1h' };
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
  const forConsole = JSON.stringify(consoleSpec(spec.json));
  return Router()
    .get('/', (_req, res) => res.redirect(302, '/docs'))
    .get('/favicon.ico', (_req, res) => res.set('Cache-Control', 'public, max-age=86400').type('image/svg+xml').send(favicon))
    .get('/docs', getApiReference)
    .get('/docs/openapi.json', (_req, res) => res.type('json').send(forConsole))
    .get('/docs/scalar-api-reference.js', (_req, res) => res.sendFile(path.basename(bundle), bundleFile))
    .get('/docs/api-reference.js', (_req, res) => res.type('text/javascript').send(apiReferenceScript))
    .get('/openapi.json', getOpenApiJson)
    .get('/openapi.yaml', getOpenApiYaml);
}
