import { fileURLToPath } from 'node:url';

/** The repository root: main/services/ sits two folders below it. (The Electron bundle passes its own root.) */
export function appRoot(): string {
  return fileURLToPath(new URL('../..', import.meta.url));
}
