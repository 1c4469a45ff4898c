import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const packageDir = path.resolve(__dirname, '../..');
const tsx = path.join(packageDir, 'node_modules', '.bin', 'tsx');

/** Runs `src/<script>` as an operator does (`pnpm <script>` runs it through tsx, the embedded database allowed), with `env` over this process's. */
export async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv, timeout = 120_000): Promise<Outcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [path.join('src', script), ...args], {
      cwd: packageDir,
      env: { ...process.env, NODE_OPTIONS: '', EMBEDDED_DATABASE: 'true', ...env },
      timeout,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Outcome;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
