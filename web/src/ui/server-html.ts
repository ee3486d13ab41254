const HEADING_TAG = /<(\/?)h([1-6])(\s|>)/gi;

/**
 * Moves the headings in HTML the API rendered so that the highest one present becomes `topLevel` and the rest
 * keep their distance below it: a `#` or `##` in a comment must neither compete with the page's one h1 nor skip
 * levels under the section it sits in. Only tag names change: the API's sanitizer emits bare `<h1>`…`<h6>` tags,
 * so nothing else in the markup is touched.
 */
export function shiftHeadings(html: string, topLevel: number): string {
  const levels = [...html.matchAll(HEADING_TAG)].map((match) => Number(match[2]));
  if (levels.length === 0) return html;
  const shift = topLevel - Math.min(...levels);
  if (shift === 0) return html;
  return html.replace(HEADING_TAG, (_whole, slash: string, level: string, after: string) => {
    return `<${slash}h${Math.max(1, Math.min(6, Number(level) + shift))}${after}`;
  });
}
