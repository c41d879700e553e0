/**
 * Where the app is (welcome, a template, a file, a draft, a comparison) and the guard on leaving
 * a draft: moving away from a draft with unsaved changes asks first, through `leaving`.
 */
import { useRef, useState } from 'react';
import type { CompareSource, ReadResponse } from '../../shared/api';
import type { PickedSource } from './ComparePicker';
import type { DraftControl } from './DraftView';

export type View =
  | { kind: 'welcome' }
  | { kind: 'template'; id: string }
  | { kind: 'file'; read: ReadResponse }
  | { kind: 'draft'; path: string }
  | { kind: 'compare'; a: PickedSource; b: PickedSource; back: View };

/** `#compare=template:A,template:B` opens a comparison directly (links, tests). */
function viewFromAddress(): View {
  const match = /(?:^#|&)compare=([^&]+)/.exec(window.location.hash);
  const [a, b] = (match?.[1] ? decodeURIComponent(match[1]) : '').split(',');
  const side = (spec: string | undefined): PickedSource | null =>
    spec?.startsWith('template:') ? { source: { kind: 'template', id: spec.slice(9) } as CompareSource, label: spec.slice(9) } : null;
  const sa = side(a);
  const sb = side(b);
  return sa && sb ? { kind: 'compare', a: sa, b: sb, back: { kind: 'welcome' } } : { kind: 'welcome' };
}

/** The draft a view shows (a comparison keeps the draft it came from open underneath). */
export function draftOf(view: View): string | null {
  return view.kind === 'draft' ? view.path : view.kind === 'compare' ? draftOf(view.back) : null;
}

/** The answers to "Save changes to this draft?" while the user is leaving one. */
export interface Leaving {
  stay(): void;
  discard(): void;
  save(): void;
}

/** The view, how to change it, and the open draft's control the guard asks. */
export function useNavigation() {
  const [view, setView] = useState<View>(viewFromAddress);
  const [next, setNext] = useState<View | null>(null);
  const control = useRef<DraftControl | null>(null);

  /** Changes view; leaving a draft with unsaved changes asks first. */
  const navigate = (to: View) => {
    const open = draftOf(view);
    if (open && draftOf(to) !== open && control.current?.isDirty()) setNext(to);
    else setView(to);
  };

  const leaving: Leaving | null = next && {
    stay: () => setNext(null),
    discard: () => {
      void control.current?.discard();
      setView(next);
      setNext(null);
    },
    save: () =>
      void control.current?.save().then((ok) => {
        if (ok) setView(next);
        setNext(null);
      }),
  };

  /** `show` moves without the guard: within the same draft (renamed, compared and back). */
  return { view, navigate, show: setView, leaving, control };
}
