/** The team-token field and the error line below it, as the Share and Join dialogs both ask them. */
export function TokenField({ label, value, onChange, onEnter, error }: { label: string; value: string; onChange(value: string): void; onEnter(): void; error: string | null }) {
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input value={value} onChange={(e) => onChange(e.target.value)} aria-label="Team token" type="password" onKeyDown={(e) => e.key === 'Enter' && onEnter()} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
