/**
 * An error boundary around one view of the app (sidebar, template, draft, comparison): an
 * exception while rendering it replaces that view alone with a notice, never the whole window.
 *
 *   <ViewBoundary name="comparison" fallback={(error, retry) => <Rescue error={error} onRetry={retry} />}>
 *     <CompareView ... />
 *   </ViewBoundary>
 */
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

export interface ViewBoundaryProps {
  /** What the view is called in the notice ("the drafting pane"). */
  name: string;
  /** What to show instead of the view; `retry` renders the view again. Defaults to a notice with "Try again". */
  fallback?: (error: Error, retry: () => void) => ReactNode;
  /** Told once per caught error (to keep a recovery copy, to log). */
  onError?: (error: Error) => void;
  children: ReactNode;
}

interface ViewBoundaryState {
  error: Error | null;
}

/** The notice a view shows when nothing more specific is given. */
export function ViewFailure({ name, error, onRetry }: { name: string; error: Error; onRetry: () => void }) {
  return (
    <div className="notice error view-failure" role="alert">
      <span>
        {capitalized(name)} stopped on an unexpected error: {error.message}
      </span>
      <button className="link" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Catches what one view throws while rendering and shows its fallback instead. */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Concord: ${this.props.name} failed`, error, info.componentStack);
    this.props.onError?.(error);
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return this.props.fallback ? this.props.fallback(error, this.retry) : <ViewFailure name={this.props.name} error={error} onRetry={this.retry} />;
  }
}
