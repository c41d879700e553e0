/**
 * The Content-Security-Policy both shells send with the renderer. Nothing inline, nothing
 * remote: scripts, styles and API calls come from the app's own origin only. The one way out
 * is a WebSocket to the collaboration server a user shares a draft on (ws:, wss:): its address
 * is the user's choice, made after the page loaded, and no script but the app's own can run.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
