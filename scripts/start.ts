/**
 * `npm start`: builds the app, then runs it in Electron; where Electron cannot start here (its
 * binary is not installed or cannot be downloaded, or there is no display) it says why in one
 * line and starts the browser host instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** The installed Electron binary, read the way electron's own index.js does, without triggering its download. */
function installedBinary(): string | undefined {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/** The Electron binary's path, or the reason it cannot be used. */
function electronBinary(): { path: string } | { reason: string } {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'there is no display (DISPLAY is not set)' };
  let binary = installedBinary();
  if (!binary) {
    // Electron downloads its binary on demand; try once, quietly.
    spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'ignore', timeout: 120_000 });
    binary = installedBinary();
  }
  return binary ? { path: binary } : { reason: 'the Electron binary is not installed and could not be downloaded' };
}

const args = process.argv.slice(2);
const electron = electronBinary();
if ('reason' in electron) {
  console.log(`Electron cannot start here (${electron.reason}); starting the browser host instead.`);
  if (!run(npm, ['run', '--silent', 'build:renderer'])) process.exit(1);
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/web.ts', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!run(npm, ['run', '--silent', 'build'])) process.exit(1);
  const child = spawn(electron.path, ['.', ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
