import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './harness';

const HOSTILE = [
  'Declaration on <script>window.__pwned = 1</script> Safe Text',
  '',
  '1. We note <img src=x onerror="window.__pwned = 2"> and <b onmouseover="window.__pwned = 3">bold</b> claims.',
  '',
  '2. We reject javascript:alert(1) links and </p><iframe src="https://example.com"></iframe> frames.',
].join('\n');

describe('hostile text and the content security policy', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows HTML and script inside a declaration as text, never running it', async () => {
    await s.page.getByLabel('Open a declaration file').setInputFiles({ name: 'hostile.txt', mimeType: 'text/plain', buffer: Buffer.from(HOSTILE) });
    const article = s.page.getByRole('article');
    await expect.poll(() => article.innerText()).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await article.innerText()).toContain('<script>window.__pwned = 1</script>');
    expect(await s.page.locator('article img, article script, article iframe').count()).toBe(0);
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await s.shot('security-hostile-text');
  });

  it('blocks inline scripts, remote images and remote requests by CSP', async () => {
    s.allowErrors(/Content Security Policy|example\.com|Failed to fetch/);
    const result = await s.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'https://example.com/tracker.png';
      document.body.append(img);
      const fetched = await fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      );
      await new Promise((r) => setTimeout(r, 200));
      return { inline: (window as unknown as { __inline?: number }).__inline, fetched, violations };
    });
    expect(result.inline).toBeUndefined();
    expect(result.fetched).toBe('blocked');
    expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src', 'connect-src']));
  });

  it('explains a file that is not a declaration, and keeps working', async () => {
    await s.page.getByLabel('Open a declaration file').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 0, 1, 2, 3, 0, 0, 0]) });
    const alert = s.page.getByRole('alert').filter({ hasText: /not text|NUL/ });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Concord reads \.txt, \.md, \.html and \.docx/);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await s.page.getByRole('button', { name: /Brief Introduction/ }).click();
    await s.page.getByRole('article').waitFor();
  });
});
