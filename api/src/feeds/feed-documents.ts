import { Feed, type FeedOptions, type Item } from 'feed';

export const FEED_FORMATS = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

/** An entry: what every format says of it, plus the JSON download a release entry points at. */
export type FeedEntry = Item & { attachment?: { url: string; mimeType: string; sizeInBytes: number } };

export type FeedDefinition = {
  options: Omit<FeedOptions, 'updated' | 'generator' | 'feedLinks'>;
  /** `/feeds/releases` and the like: the three formats' URLs are this plus the extension. */
  path: string;
  entries: FeedEntry[];
  /** When the newest entry changed; the feed's `updated` and its Last-Modified. */
  updated: Date;
};

/**
 * Writes one feed in one format with the `feed` package. Nothing in it depends on the time of the request, so the
 * same content always gives the same bytes (and so the same ETag). feed 6 writes JSON Feed 1.0; the JSON is turned
 * into JSON Feed 1.1 here (`version`, `authors` arrays, `language`, `attachments`).
 */
export function renderFeed(definition: FeedDefinition, format: FeedFormat, publicUrl: string): string {
  const base = `${publicUrl}${definition.path}`;
  const feed = new Feed({
    ...definition.options,
    updated: definition.updated,
    generator: false,
    feedLinks: { atom: `${base}.atom`, rss: `${base}.rss`, json: `${base}.json` },
  });
  for (const { attachment, ...item } of definition.entries) {
    feed.addItem(
      attachment ? { ...item, enclosure: { url: attachment.url, type: attachment.mimeType, length: attachment.sizeInBytes } } : item,
    );
  }
  if (format === 'atom') return feed.atom1();
  if (format === 'rss') return feed.rss2();
  return jsonFeed11(feed.json1(), definition);
}

type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };
type JsonFeed10 = { author?: JsonFeedAuthor; items: ({ id: string; author?: JsonFeedAuthor } & Record<string, unknown>)[] } & Record<
  string,
  unknown
>;

function jsonFeed11(json10: string, definition: FeedDefinition): string {
  const { author, items, ...rest } = JSON.parse(json10) as JsonFeed10;
  const attachments = new Map(definition.entries.map((entry) => [entry.id ?? entry.link, entry.attachment]));
  const feed = {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: definition.options.language ?? 'en',
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => {
      const attachment = attachments.get(item.id);
      return {
        ...item,
        ...(itemAuthor ? { authors: [itemAuthor] } : {}),
        ...(attachment
          ? { attachments: [{ url: attachment.url, mime_type: attachment.mimeType, size_in_bytes: attachment.sizeInBytes }] }
          : {}),
      };
    }),
  };
  return JSON.stringify(feed, null, 2);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for the HTML of an entry's content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}
