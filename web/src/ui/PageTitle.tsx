import { useDocumentTitle } from './useDocumentTitle';

/** Sets the browser tab's title from inside a component tree, e.g. only when a state replaces the whole page. */
export function PageTitle({ title }: { title: string | null }) {
  useDocumentTitle(title);
  return null;
}
