import { type SpecDocument, specOperations } from '../spec-document';

interface Route {
  method: string;
  pattern: RegExp;
  parameters: number;
  operationId: string;
}

function routesOf(spec: SpecDocument['json']): Route[] {
  return specOperations(spec)
    .filter(({ operation }) => operation.operationId)
    .map(({ path: template, method, operation }) => {
      const source = template
        .split('/')
        .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      return {
        method: method.toUpperCase(),
        pattern: new RegExp(`^${source}/?$`),
        parameters: (template.match(/\{/g) ?? []).length,
        operationId: operation.operationId!,
      };
    })
    .sort((a, b) => a.parameters - b.parameters);
}

/**
 * Names a request by the spec operation it is for, or `unmatched`. Matched on the spec
 * itself rather than on the validator's `req.openapi`, so requests answered before the
 * validator runs (a 401, the public endpoints) are named too. Literal paths win over
 * templated ones, as in the validator.
 */
export function operationIdMatcher(spec: SpecDocument['json']): (method: string, path: string) => string {
  // Each method's routes apart, so a request tries only the patterns of its own method.
  const byMethod = new Map<string, Route[]>();
  for (const route of routesOf(spec)) {
    const routes = byMethod.get(route.method) ?? [];
    routes.push(route);
    byMethod.set(route.method, routes);
  }
  return (method, path) => {
    const routes = byMethod.get(method === 'HEAD' ? 'GET' : method);
    return routes?.find((route) => route.pattern.test(path))?.operationId ?? 'unmatched';
  };
}
