import type { WordDiffPart } from '@ocmf/standard';
import './proposals.css';

/**
 * A word-level diff of a text. Deleted words are struck through and inserted words underlined (so the
 * difference does not depend on colour), and each is announced as such to screen readers.
 */
export function WordDiff({ parts }: { parts: readonly WordDiffPart[] }) {
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
