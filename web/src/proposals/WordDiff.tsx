import type { WordDiffPart } from '@ocmf/standard';
import { mostlyRewritten } from './word-diff-layout';
import './proposals.css';

/**
 * A word-level diff of a text. Deleted words are struck through and inserted words underlined (so the
 * difference does not depend on colour), and each is announced as such to screen readers.
 */
export function WordDiff({ parts }: { parts: readonly WordDiffPart[] }) {
  if (mostlyRewritten(parts)) return <SideBySide parts={parts} />;
  return (
    <span className="word-diff" data-testid="word-diff">
      {parts.map((part, index) => {
        if (part.kind === 'equal') return <span key={index}>{part.text}</span>;
        const Tag = part.kind === 'insert' ? 'ins' : 'del';
        return (
          <Tag key={index}>
            <span className="visually-hidden">{part.kind === 'insert' ? '[added: ' : '[removed: '}</span>
            {part.text}
            <span className="visually-hidden">]</span>
          </Tag>
        );
      })}
    </span>
  );
}

/** A value that changed as a whole (a number, a choice, a list): the old one struck through, then the new one. */
export function ValueChange({ before, after }: { before: string; after: string }) {
  return (
    <span className="value-change">
      <del>
        <span className="visually-hidden">[was: </span>
        {before}
        <span className="visually-hidden">]</span>
      </del>{' '}
      <span aria-hidden="true">→</span>{' '}
      <ins>
        <span className="visually-hidden">[now: </span>
        {after}
        <span className="visually-hidden">]</span>
      </ins>
    </span>
  );
}

/** A rewritten text as its two versions, side by side on wide screens; each is named for screen readers. */
function SideBySide({ parts }: { parts: readonly WordDiffPart[] }) {
  const before = parts
    .filter((part) => part.kind !== 'insert')
    .map((part) => part.text)
    .join('');
  const after = parts
    .filter((part) => part.kind !== 'delete')
    .map((part) => part.text)
    .join('');
  return (
    <span className="side-by-side" data-testid="side-by-side">
      <del className="side-by-side__before">
        <span className="side-by-side__label" aria-hidden="true">
          Before
        </span>
        <span className="visually-hidden">Removed: </span>
        {before}
      </del>
      <ins className="side-by-side__after">
        <span className="side-by-side__label" aria-hidden="true">
          After
        </span>
        <span className="visually-hidden">Added: </span>
        {after}
      </ins>
    </span>
  );
}
