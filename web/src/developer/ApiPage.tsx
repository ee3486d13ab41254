import { Link } from 'react-router';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './developer.css';

/** This site's address as the reader reached it (by name or by IP), for examples they can paste. */
const origin = () => window.location.origin;

const LATEST_RELEASE = `{
  release(version: "latest") {
    version
    title
    contentHash
    categories { key name focusPercent measures { key name audience status } }
  }
}`;

const SUBSCRIPTION = `subscription {
  releasePublished { version title }
}`;

/** The page behind the footer's "GraphQL API" link: where the API is, its schema, and how to call it. */
export function ApiPage() {
  useDocumentTitle('GraphQL API');
  const endpoint = `${origin()}/graphql`;
  const curl = `curl -s ${endpoint} \\
  -H 'content-type: application/json' \\
  -d '{"query":"{ release(version: \\"latest\\") { version title contentHash } }"}'`;
  return (
    <div className="developer-page api-page">
      <header className="page-header">
        <h1>GraphQL API</h1>
        <p className="lead">
          Everything on this site is also available to programs: read the framework, its releases and proposals, and keep a product in sync.
          Reading needs no account.
        </p>
      </header>

      <section className="page-section" aria-labelledby="api-endpoint-title">
        <h2 id="api-endpoint-title">Endpoint</h2>
        <dl className="api-page__facts">
          <dt>Queries and mutations</dt>
          <dd>
            <code data-testid="api-endpoint">POST {endpoint}</code>
          </dd>
          <dt>Subscriptions</dt>
          <dd>
            <code>{endpoint.replace(/^http/, 'ws')}</code> over the <code>graphql-ws</code> protocol
          </dd>
          <dt>Schema</dt>
          <dd>
            <a href="/schema/schema.graphql" download data-testid="schema-download">
              Download the schema (SDL, schema.graphql)
            </a>
          </dd>
          <dt>Release documents</dt>
          <dd>
            <a href="/schema/framework.schema.json">The framework JSON Schema</a> that every release document validates against
          </dd>
        </dl>
      </section>

      <section className="page-section" aria-labelledby="api-examples-title">
        <h2 id="api-examples-title">Examples</h2>
        <h3>The latest release, from a shell</h3>
        <pre className="code-block" tabIndex={0} aria-label="Example: fetch the latest release with curl">
          <code>{curl}</code>
        </pre>
        <h3>The latest release&rsquo;s measures</h3>
        <pre className="code-block" tabIndex={0} aria-label="Example query: the latest release's measures">
          <code>{LATEST_RELEASE}</code>
        </pre>
        <h3>Hear about each new release</h3>
        <pre className="code-block" tabIndex={0} aria-label="Example subscription: new releases">
          <code>{SUBSCRIPTION}</code>
        </pre>
      </section>

      <section className="page-section" aria-labelledby="api-more-title">
        <h2 id="api-more-title">More ways in</h2>
        <ul>
          <li>
            Downloads of every release as JSON, CSV and Markdown, e.g. <a href="/releases/latest.json">/releases/latest.json</a> (
            <code>latest</code> works as a version).
          </li>
          <li>
            Feeds of releases (<a href="/feeds/releases.atom">Atom</a>, <a href="/feeds/releases.rss">RSS</a>,{' '}
            <a href="/feeds/releases.json">JSON Feed</a>) and of proposal decisions.
          </li>
          <li>
            API tokens for scripts (sent as <code>Authorization: Bearer …</code>) and signed webhooks: in{' '}
            <Link to="/settings/developer">Developer settings</Link>.
          </li>
        </ul>
      </section>
    </div>
  );
}
