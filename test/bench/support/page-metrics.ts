import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, headless, with nothing that reaches for the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type PageMetrics = {
  /** Largest Contentful Paint, ms from navigation start. */
  lcpMs: number;
  domNodes: number;
  /** The GraphQL queries the page sent, by operation name. */
  queries: Map<string, string>;
};

/**
 * Opens `url` cold (a new browser context: empty cache, no cookies), waits until the network has been quiet
 * for half a second, and reads the last largest-contentful-paint entry and the number of elements.
 */
export async function measurePage(browser: Browser, url: string): Promise<PageMetrics> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const queries = new Map<string, string>();
    page.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      try {
        const body = JSON.parse(request.postData() ?? '{}') as { operationName?: string; query?: string };
        if (body.operationName && body.query) queries.set(body.operationName, body.query);
      } catch {
        // not a GraphQL JSON body
      }
    });
    await page.addInitScript(() => {
      const entries: number[] = [];
      (window as unknown as { __lcp: number[] }).__lcp = entries;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) entries.push(entry.startTime);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const { lcp, nodes } = await page.evaluate(
      () =>
        new Promise<{ lcp: number[]; nodes: number }>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve({ lcp: (window as unknown as { __lcp: number[] }).__lcp, nodes: document.getElementsByTagName('*').length }),
            ),
          ),
        ),
    );
    if (lcp.length === 0) throw new Error(`No largest-contentful-paint entry for ${url}`);
    return { lcpMs: lcp.at(-1)!, domNodes: nodes, queries };
  } finally {
    await context.close();
  }
}
