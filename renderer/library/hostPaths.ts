/**
 * In Electron, the system dialog of the main side for files and folders to import by path
 * (library.importStart accepts only paths chosen there); undefined in the browser host, where
 * the page picks files and sends their bytes.
 */
export function hostPathChooser(): (() => Promise<string[]>) | undefined {
  const bridge = window.concord;
  return bridge ? () => bridge.chooseLibraryPaths() : undefined;
}
