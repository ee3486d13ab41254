import { Fragment } from 'react';

/**
 * A name that may wrap at its slashes ("Knowledge/<wbr>Collaboration") rather than in the middle of a word, where a
 * narrow column would otherwise break it.
 */
export function BreakableName({ name }: { name: string }) {
  const parts = name.split('/');
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {part}
          {index < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </>
  );
}
