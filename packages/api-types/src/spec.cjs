'use strict';

// The one walk over spec/openapi.yaml's operations, for the server (public paths, metrics'
// operation names, the docs) and the contract check alike. Plain JavaScript so that the
// server's production build runs it as it is.

/** The keys of a path item that hold operations; the rest are `parameters`, `summary` and such. */
const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Every operation of an OpenAPI document, with its path template and (lower-case) method. */
function operationsOf(spec) {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.has(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

module.exports = { operationsOf };
