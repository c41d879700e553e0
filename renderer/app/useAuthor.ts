import { useCallback, useEffect, useRef, useState } from 'react';
import type { Author } from '../../shared/settings/schemas';
import { call } from '../api';

export interface AuthorState {
  /** Null until the user has given a name (or while settings load). */
  author: Author | null;
  /** Whether the dialog asking for the name is open, and why. */
  asking: { reason?: string } | null;
  /** The author, asking once when there is none yet; null when the user cancels. */
  ensure(reason?: string): Promise<Author | null>;
  /** Opens the dialog to change the name or colour. */
  edit(): void;
  /** The dialog's answer: saves it to settings and resolves the pending ensure(). */
  answer(author: Author | null): Promise<void>;
}

/** The current author from settings, asked once in a dialog and then kept by the main side. */
export function useAuthor(onError: (error: unknown) => void): AuthorState {
  const [author, setAuthor] = useState<Author | null>(null);
  const [asking, setAsking] = useState<{ reason?: string } | null>(null);
  const waiting = useRef<((author: Author | null) => void)[]>([]);
  const current = useRef<Author | null>(null);
  useEffect(() => {
    call('settings.get', {}).then((s) => {
      current.current = s.author;
      setAuthor(s.author);
    }, onError);
  }, [onError]);

  const ensure = useCallback((reason?: string) => {
    if (current.current) return Promise.resolve(current.current);
    setAsking({ reason });
    return new Promise<Author | null>((resolve) => waiting.current.push(resolve));
  }, []);

  const answer = useCallback(
    async (next: Author | null) => {
      setAsking(null);
      let saved: Author | null = next ? current.current : null;
      if (next) {
        try {
          saved = (await call('settings.set', { author: next })).author;
          current.current = saved;
          setAuthor(saved);
        } catch (error) {
          onError(error);
        }
      }
      for (const resolve of waiting.current.splice(0)) resolve(saved);
    },
    [onError],
  );

  return { author, asking, ensure, edit: useCallback(() => setAsking({}), []), answer };
}
