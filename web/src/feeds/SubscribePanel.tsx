import { Link } from 'react-router';
import './feeds.css';

const FEEDS = {
  releases: { title: 'Get every release', what: 'each release as it is published' },
  decisions: { title: 'Follow the decisions', what: 'each proposal as it is accepted, rejected, merged or released' },
  'case-studies': { title: 'Read new case studies', what: 'each case study as its author publishes it' },
} as const;

/** The "Subscribe" box of the releases, proposals and case studies pages: the feed URLs, and where webhooks are set up. */
export function SubscribePanel({ feed }: { feed: keyof typeof FEEDS }) {
  const { title, what } = FEEDS[feed];
  const origin = window.location.origin;
  return (
    <aside className="subscribe-panel" aria-labelledby={`subscribe-${feed}`} data-testid="subscribe-panel">
      <h2 id={`subscribe-${feed}`}>Subscribe</h2>
      <p>
        {title}: {what}, in your feed reader or tool.
      </p>
      <ul className="subscribe-panel__feeds">
        <li>
          <a href={`/feeds/${feed}.atom`} type="application/atom+xml">
            Atom
          </a>{' '}
          <code>{`${origin}/feeds/${feed}.atom`}</code>
        </li>
        <li>
          <a href={`/feeds/${feed}.rss`} type="application/rss+xml">
            RSS
          </a>{' '}
          <code>{`${origin}/feeds/${feed}.rss`}</code>
        </li>
        <li>
          <a href={`/feeds/${feed}.json`} type="application/feed+json">
            JSON Feed
          </a>{' '}
          <code>{`${origin}/feeds/${feed}.json`}</code>
        </li>
      </ul>
      <p>
        Building an integration? Set up signed webhooks and API tokens in <Link to="/settings/developer">Developer settings</Link>.
      </p>
    </aside>
  );
}
