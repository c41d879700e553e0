/**
 * Posts one API request whose body is already bytes, off the UI thread: chromium copies a
 * request body on the thread that calls fetch, which for a long draft's 100 MB held the UI for
 * seconds. The page hands the bytes over (transferred, not copied) and gets the answer's text.
 */

/** What the page asks. */
export interface PostJob {
  id: number;
  url: string;
  token: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** What the worker answers: the HTTP status and body text, or status 0 when the host did not answer. */
export interface PostReply {
  id: number;
  status: number;
  text: string;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<PostJob>) => void) | null; postMessage(reply: PostReply): void };

scope.onmessage = ({ data: { id, url, token, bytes } }) => {
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Concord-Token': token }, body: bytes })
    .then(async (response) => scope.postMessage({ id, status: response.status, text: await response.text() }))
    .catch(() => scope.postMessage({ id, status: 0, text: '' }));
};
