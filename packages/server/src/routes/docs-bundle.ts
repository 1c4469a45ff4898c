import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

// Scalar's API reference as one self-contained browser script. @scalar/api-reference is a dev
// dependency (its Vue source tree is of no use to a server), so `pnpm build` copies the one
// file the page loads beside the compiled server; a checkout serves it from the package.

const bundleName = 'scalar-api-reference.js';

/** Where the build puts the bundle: dist/docs/ beside dist/routes/. */
export function builtBundle(distDir = path.resolve(__dirname, '..')): string {
  return path.join(distDir, 'docs', bundleName);
}

function packagedBundle(): string {
  // The package exports no path to its browser build; it sits beside the main entry.
  return path.join(path.dirname(require.resolve('@scalar/api-reference')), 'browser', 'standalone.js');
}

/** The bundle the server sends at /docs/scalar-api-reference.js. */
export function apiReferenceBundle(): string {
  const built = builtBundle();
  return existsSync(built) ? built : packagedBundle();
}

// `node dist/routes/docs-bundle.js [distDir]`: the build's copy step.
if (require.main === module) {
  const target = builtBundle(process.argv[2] && path.resolve(process.argv[2]));
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(packagedBundle(), target);
}
