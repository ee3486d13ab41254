import { useEffect } from 'react';

export const SITE_NAME = 'OCMF Commons';

/** The text of the browser tab for a page: "<page> · OCMF Commons", or the site name alone. */
export function documentTitle(page: string | null | undefined): string {
  return page ? `${page} · ${SITE_NAME}` : SITE_NAME;
}

/** Sets the document title while the calling page is shown. */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
}
