import { shiftHeadings } from './server-html';

type ServerHtmlProps = {
  /** HTML rendered from Markdown and sanitized by the API (an allow-list of tags, no scripts, safe links only). */
  html: string;
  /** The level the highest heading in the text becomes, so the text fits the page's outline (default 3). */
  topHeadingLevel?: number;
  className?: string;
  testId?: string;
};

/**
 * The one place the app puts raw HTML into the page: Markdown that members wrote (proposal summaries, comments)
 * as the API rendered and sanitized it. Everything else is rendered as React elements.
 */
export function ServerHtml({ html, topHeadingLevel = 3, className, testId }: ServerHtmlProps) {
  return (
    <div
      className={`prose server-html${className ? ` ${className}` : ''}`}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: shiftHeadings(html, topHeadingLevel) }}
    />
  );
}
