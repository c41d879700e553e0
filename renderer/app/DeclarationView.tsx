import { memo, useMemo } from 'react';
import type { Block, Declaration } from '../../shared/model';
import { MarkedText } from './MarkedText';
import { unshownDetails } from './unshown-details';
import { useGrowingList } from './useGrowingList';

/** One block as it reads on the page: original number, footnote marker, parties as a counted list. */
const BlockView = memo(function BlockView({ block }: { block: Block }) {
  const num = block.number ? <span className="decl-num">{block.number.raw}</span> : null;
  switch (block.kind) {
    case 'title':
      return <h1 className="decl-title">{block.text}</h1>;
    case 'heading':
      return (
        <h2 className="decl-heading">
          {num} <MarkedText text={block.text} marks={block.marks} />
        </h2>
      );
    case 'parties':
      return (
        <div className="decl-parties">
          <p className="decl-parties-count">{block.parties.length} parties</p>
          <ol>
            {block.parties.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ol>
        </div>
      );
    case 'footnote':
      return (
        <div className="decl-footnote" id={`fn-${block.id}`}>
          <span className="decl-marker">{block.marker}</span> <MarkedText text={block.text} marks={block.marks} />
          {block.parties.length > 0 && <p className="decl-parties-count">{block.parties.length} parties named in this note</p>}
        </div>
      );
    default:
      return (
        <p className={`decl-${block.kind}`} data-level={block.level}>
          {num} <MarkedText text={block.text} marks={block.marks} />
        </p>
      );
  }
});

/** A read declaration, read-only, with its real structure. */
export function DeclarationView({ declaration, kicker }: { declaration: Declaration; kicker: string }) {
  const body = useMemo(() => declaration.blocks.filter((b) => b.kind !== 'footnote'), [declaration]);
  const notes = useMemo(() => declaration.blocks.filter((b) => b.kind === 'footnote'), [declaration]);
  const details = unshownDetails(declaration);
  // Notes come after the body: they show once the body is all on the page.
  const { shown, more, sentinel } = useGrowingList(body.length + notes.length);
  return (
    <article className="page decl" aria-label={declaration.title}>
      <p className="page-kicker">{kicker}</p>
      {!body.some((b) => b.kind === 'title') && <h1 className="decl-title">{declaration.title}</h1>}
      {details.length > 0 && (
        <dl className="decl-details" aria-label="Document details">
          {details.map((d, i) => (
            <div key={i}>
              <dt>{d.name}</dt>
              <dd>{d.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {body.slice(0, shown).map((b) => (
        <BlockView key={b.id} block={b} />
      ))}
      {notes.length > 0 && shown > body.length && (
        <section className="decl-notes" aria-label="Footnotes">
          {notes.slice(0, shown - body.length).map((b) => (
            <BlockView key={b.id} block={b} />
          ))}
        </section>
      )}
      {more && (
        <div ref={sentinel} className="decl-more" role="status">
          Showing {shown.toLocaleString('en')} of {(body.length + notes.length).toLocaleString('en')} blocks; scroll on for more.
        </div>
      )}
    </article>
  );
}
