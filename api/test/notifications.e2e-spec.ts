import { signedInAs } from './support/factories.js';
import type { GraphQLTestClient } from './support/graphql-client.js';
import { ADD_COMMENT, CREATE_PROPOSAL, type CreatedProposal, SUBMIT_PROPOSAL, twoChanges } from './support/proposal-operations.js';
import { PUBLISH_RELEASE } from './support/release-flow.js';
import { collect, subscribed, subscriptionClient } from './support/subscriptions.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Notification = { id: string; kind: string; title: string; body: string; url: string; readAt: string | null };
type Notifications = {
  notifications: { nodes: Notification[]; unreadCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

const NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind title body url readAt } unreadCount pageInfo { hasNextPage endCursor } } }`;
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { kind key following automatic } }`;
const UNFOLLOW = `mutation($input: FollowInput!) { unfollow(input: $input) { kind key following } }`;
const FOLLOWS = `query { follows { kind key following automatic } }`;
const ME = `query { me { id handle } }`;
const OPEN_VOTING = `mutation($n: Int!, $at: DateTime) { openVoting(number: $n, closesAt: $at) { number } }`;
const CAST = `mutation($input: CastVoteInput!) { castVote(input: $input) { number } }`;
const FLAG = `mutation($input: FlagCommentInput!) { flagComment(input: $input) { id } }`;
const SETTINGS = `mutation($input: UpdateGovernanceSettingsInput!) { updateGovernanceSettings(input: $input) { hideResultsUntilClose } }`;

let app: TestApp;
let author: GraphQLTestClient;
let other: GraphQLTestClient;
let setter: GraphQLTestClient;
let setter2: GraphQLTestClient;
let editor: GraphQLTestClient;
let admin: GraphQLTestClient;

beforeAll(async () => {
  app = await startTestApp();
  const as = async (role: Parameters<typeof signedInAs>[1]) => (await signedInAs(app, role)).client;
  author = await as('MEMBER');
  other = await as('MEMBER');
  setter = await as('STANDARD_SETTER');
  setter2 = await as('STANDARD_SETTER');
  editor = await as('EDITOR');
  admin = await as('ADMIN');
});
afterAll(() => app.close());

const inbox = async (client: GraphQLTestClient, first = 50) => (await client.data<Notifications>(NOTIFICATIONS, { first })).notifications;
const handleOf = async (client: GraphQLTestClient) => (await client.data<{ me: { handle: string } }>(ME)).me.handle;

let suffix = 0;
async function openProposal(by = author): Promise<number> {
  const { number } = (await by.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges(`n${++suffix}`) })).createProposal;
  await by.data(SUBMIT_PROPOSAL, { number });
  return number;
}
const comment = async (client: GraphQLTestClient, proposalNumber: number, body: string, parentId: string | null = null) =>
  (await client.data<{ addComment: { id: string } }>(ADD_COMMENT, { input: { proposalNumber, body, parentId } })).addComment.id;

/** Everyone's unread count, to show who an action reached and who it did not. */
async function counts(): Promise<number[]> {
  return Promise.all([author, other, setter, setter2, editor, admin].map(async (client) => (await inbox(client, 1)).unreadCount));
}
const everyoneRead = () => Promise.all([author, other, setter, setter2, editor, admin].map((client) => client.data(MARK_READ, {})));

describe('who is notified of a comment', () => {
  beforeEach(everyoneRead);

  it('the author hears of a comment on their proposal, linked to the comment; the commenter hears nothing of their own', async () => {
    const number = await openProposal();
    const before = await counts();
    const id = await comment(other, number, 'I would measure it **weekly**.');
    const [latest] = (await inbox(author)).nodes;
    expect(latest).toMatchObject({
      kind: 'PROPOSAL_COMMENTED',
      url: `/proposals/${number}#comment-${id}`,
      body: 'I would measure it **weekly**.',
      readAt: null,
    });
    expect(latest!.title).toContain(`#${number}`);
    const after = await counts();
    expect(after.map((count, i) => count - before[i]!)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('the author commenting on their own proposal notifies nobody', async () => {
    const number = await openProposal();
    const before = await counts();
    await comment(author, number, 'Adding context myself.');
    expect(await counts()).toEqual(before);
  });

  it('a reply notifies the parent comment’s author; commenters follow the proposal and hear of later comments', async () => {
    const number = await openProposal();
    const parent = await comment(other, number, 'First thoughts.');
    await other.data(MARK_READ, {});
    await comment(setter, number, 'A reply to you.', parent);
    expect((await inbox(other)).nodes[0]).toMatchObject({ kind: 'COMMENT_REPLIED' });
    await comment(editor, number, 'Not a reply, a new thread.');
    expect((await inbox(other)).nodes[0]).toMatchObject({ kind: 'PROPOSAL_COMMENTED' });
    expect(await other.data<{ follows: unknown[] }>(FOLLOWS)).toMatchObject({
      follows: expect.arrayContaining([{ kind: 'PROPOSAL', key: String(number), following: true, automatic: true }]),
    });
  });

  it('an @mention notifies the person mentioned once (a mention outranks "a comment you follow")', async () => {
    const number = await openProposal();
    const handle = await handleOf(editor);
    await author.data(MARK_READ, {});
    await comment(other, number, `@${handle} could you look? Also @${handle} again, and @nobody-here.`);
    const mine = (await inbox(editor)).nodes.filter((n) => n.url.startsWith(`/proposals/${number}#`));
    expect(mine.map((n) => n.kind)).toEqual(['MENTIONED']);
    // The author, following their proposal, is told of the comment as usual.
    expect((await inbox(author)).nodes[0]).toMatchObject({ kind: 'PROPOSAL_COMMENTED' });
  });

  it('after unfollowing, comments no longer notify, and commenting again does not re-follow', async () => {
    const number = await openProposal();
    await author.data(UNFOLLOW, { input: { kind: 'PROPOSAL', key: String(number) } });
    await comment(author, number, 'My own comment, after unfollowing.');
    const before = (await inbox(author, 1)).unreadCount;
    await comment(other, number, 'Anyone there?');
    expect((await inbox(author, 1)).unreadCount).toBe(before);
    await author.data(FOLLOW, { input: { kind: 'PROPOSAL', key: String(number) } });
    await comment(other, number, 'Now?');
    expect((await inbox(author, 1)).unreadCount).toBe(before + 1);
  });
});

describe('votes', () => {
  beforeEach(everyoneRead);

  it('opening a vote notifies each standard-setter with the deadline; the author hears of the status change', async () => {
    const number = await openProposal();
    const closesAt = new Date(Date.now() + 3 * 86_400_000);
    await editor.data(OPEN_VOTING, { n: number, at: closesAt.toISOString() });
    for (const client of [setter, setter2]) {
      const [notice] = (await inbox(client)).nodes;
      expect(notice).toMatchObject({ kind: 'VOTING_OPENED', url: `/proposals/${number}#voting-title` });
      expect(notice!.body).toContain(closesAt.toISOString().slice(0, 16).replace('T', ' '));
    }
    expect((await inbox(author)).nodes[0]).toMatchObject({ kind: 'PROPOSAL_STATUS_CHANGED' });
    expect((await inbox(editor, 1)).unreadCount).toBe(0);
    expect((await inbox(other, 1)).unreadCount).toBe(0);
  });

  it('a vote under hidden results notifies nobody, not even a follower of the proposal', async () => {
    await admin.data(SETTINGS, { input: { hideResultsUntilClose: true } });
    try {
      const number = await openProposal();
      await other.data(FOLLOW, { input: { kind: 'PROPOSAL', key: String(number) } });
      await editor.data(OPEN_VOTING, { n: number, at: new Date(Date.now() + 86_400_000 * 2).toISOString() });
      await everyoneRead();
      await setter.data(CAST, { input: { proposalNumber: number, choice: 'APPROVE' } });
      expect(await counts()).toEqual([0, 0, 0, 0, 0, 0]);
    } finally {
      await admin.data(SETTINGS, { input: { hideResultsUntilClose: false } });
    }
  });

  it('a vote reminder reaches an elector who has not voted, once, a day before the close', async () => {
    const { NotificationScheduler } = await import('../src/notifications/notification-scheduler.js');
    const scheduler = app.running.app.get(NotificationScheduler);
    const number = await openProposal();
    const closesAt = new Date(Date.now() + 3 * 86_400_000);
    await editor.data(OPEN_VOTING, { n: number, at: closesAt.toISOString() });
    await setter.data(CAST, { input: { proposalNumber: number, choice: 'APPROVE' } });
    await everyoneRead();
    expect((await scheduler.remind(new Date())).valueOf()).toBe(0);
    const dayBefore = new Date(closesAt.getTime() - 20 * 3600_000);
    expect(await scheduler.remind(dayBefore)).toBeGreaterThanOrEqual(1);
    expect(await scheduler.remind(dayBefore)).toBe(0);
    expect(
      (await inbox(setter2)).nodes.filter((n) => n.kind === 'VOTE_CLOSING_SOON' && n.url.startsWith(`/proposals/${number}#`)),
    ).toHaveLength(1);
    expect((await inbox(setter)).nodes.some((n) => n.kind === 'VOTE_CLOSING_SOON' && n.url.startsWith(`/proposals/${number}#`))).toBe(
      false,
    );
  });
});

describe('flags, releases and the live bell', () => {
  beforeEach(everyoneRead);

  it('a flag notifies editors and admins, linking to the moderation queue', async () => {
    const number = await openProposal();
    const id = await comment(other, number, 'Something to flag.');
    await everyoneRead();
    await author.data(FLAG, { input: { id, reason: 'Off topic here' } });
    expect((await inbox(editor)).nodes[0]).toMatchObject({ kind: 'COMMENT_FLAGGED', url: '/moderation', body: 'Off topic here' });
    expect((await inbox(admin)).nodes[0]).toMatchObject({ kind: 'COMMENT_FLAGGED' });
    expect((await counts()).slice(0, 4)).toEqual([0, 0, 0, 0]);
  });

  it('a release notifies everyone who watches releases (the default), not the editor who published, nor who unwatched', async () => {
    await other.data(UNFOLLOW, { input: { kind: 'RELEASES', key: 'all' } });
    const number = await openProposal();
    await editor.data(OPEN_VOTING, { n: number, at: new Date(Date.now() + 600_000).toISOString() });
    for (const client of [setter, setter2]) await client.data(CAST, { input: { proposalNumber: number, choice: 'APPROVE' } });
    await editor.data(`mutation($n: Int!) { closeVoting(number: $n) { status } }`, { n: number });
    await editor.data(`mutation($n: Int!) { mergeProposal(number: $n) { status } }`, { n: number });
    await everyoneRead();
    await editor.data(PUBLISH_RELEASE, { input: { title: 'Notified release', notes: '' } });
    // The author and the voter (who follows what they voted on) also hear that the proposal was released.
    const [author1, other1, setter1, , editor1] = await counts();
    expect([author1, other1, setter1, editor1]).toEqual([2, 0, 2, 0]);
    const told = (await inbox(author)).nodes.slice(0, 2);
    expect(told.map((n) => n.kind).sort()).toEqual(['PROPOSAL_STATUS_CHANGED', 'RELEASE_PUBLISHED']);
    expect(told.find((n) => n.kind === 'PROPOSAL_STATUS_CHANGED')!.title).toMatch(/was released in \d+\.\d+\.\d+$/);
    await other.data(FOLLOW, { input: { kind: 'RELEASES', key: 'all' } });
  });

  it('pushes a new notification to its recipient over the WebSocket, and only to them; marking read lowers the count', async () => {
    const number = await openProposal();
    const live = subscriptionClient(author);
    const bystander = subscriptionClient(setter2);
    const mine = collect<{ notificationAdded: Notification }>(live, 'subscription { notificationAdded { id kind url } }', {});
    const theirs = collect<{ notificationAdded: Notification }>(bystander, 'subscription { notificationAdded { id kind url } }', {});
    try {
      await subscribed(app, 2);
      const id = await comment(other, number, 'Live, please.');
      const [pushed] = await mine.until((items) => items.length >= 1);
      expect(pushed!.notificationAdded).toMatchObject({ kind: 'PROPOSAL_COMMENTED', url: `/proposals/${number}#comment-${id}` });
      // The bystander's subscription heard the same event and pushed nothing.
      await comment(author, number, 'A second event, to be sure the bystander had its chance.');
      expect(theirs.received).toEqual([]);
      const page = await inbox(author);
      expect(page.unreadCount).toBe(1);
      expect(await author.data(MARK_READ, { ids: [page.nodes[0]!.id] })).toEqual({ markNotificationsRead: 0 });
      expect((await inbox(author)).nodes[0]!.readAt).not.toBeNull();
    } finally {
      mine.dispose();
      theirs.dispose();
      await live.dispose();
      await bystander.dispose();
    }
  });

  it('pushes, at the start, an unread notification written just before subscribing, so the bell misses nothing', async () => {
    const number = await openProposal();
    // Written (and committed) before the subscription exists: a live event alone would never announce it.
    const id = await comment(other, number, 'Posted while the page was still connecting.');
    const live = subscriptionClient(author);
    const mine = collect<{ notificationAdded: Notification }>(live, 'subscription { notificationAdded { id kind url } }', {});
    try {
      const [pushed] = await mine.until((items) => items.length >= 1);
      expect(pushed!.notificationAdded).toMatchObject({ kind: 'PROPOSAL_COMMENTED', url: `/proposals/${number}#comment-${id}` });
      // Pushed once: the next event pushes only what is new.
      await subscribed(app, 1);
      const second = await comment(other, number, 'And one more, live.');
      const [, next] = await mine.until((items) => items.length >= 2);
      expect(next!.notificationAdded.url).toBe(`/proposals/${number}#comment-${second}`);
      expect(mine.received).toHaveLength(2);
    } finally {
      mine.dispose();
      await live.dispose();
    }
  });

  it('pages through notifications with a cursor, and lists unread ones only when asked', async () => {
    const number = await openProposal();
    for (const body of ['one', 'two', 'three']) await comment(other, number, body);
    const first = (await author.data<Notifications>(NOTIFICATIONS, { first: 2 })).notifications;
    expect(first.nodes.map((n) => n.body)).toEqual(['three', 'two']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await author.data<Notifications>(NOTIFICATIONS, { first: 2, after: first.pageInfo.endCursor })).notifications;
    expect(next.nodes[0]!.body).toBe('one');
    await author.data(MARK_READ, { ids: [first.nodes[0]!.id] });
    const unread = (await author.data<Notifications>(NOTIFICATIONS, { first: 10, unreadOnly: true })).notifications;
    expect(unread.nodes.map((n) => n.body)).toEqual(['two', 'one']);
    expect(unread.unreadCount).toBe(2);
  });

  it('refuses a signed-out reader', async () => {
    const result = await app.client().query(NOTIFICATIONS, { first: 5 });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('following measures and categories', () => {
  beforeEach(everyoneRead);

  it('someone following a measure hears of a new proposal that changes it; a draft tells nobody', async () => {
    await other.data(FOLLOW, { input: { kind: 'MEASURE', key: 'time-to-smile' } });
    const { number } = (await author.data<CreatedProposal>(CREATE_PROPOSAL, { input: twoChanges(`m${++suffix}`) })).createProposal;
    expect((await inbox(other, 1)).unreadCount).toBe(0);
    await author.data(SUBMIT_PROPOSAL, { number });
    expect((await inbox(other)).nodes[0]).toMatchObject({ kind: 'FOLLOWED_PROPOSAL_SUBMITTED', url: `/proposals/${number}` });
    await other.data(UNFOLLOW, { input: { kind: 'MEASURE', key: 'time-to-smile' } });
  });

  it('refuses to follow what does not exist, naming the field', async () => {
    const result = await other.query(FOLLOW, { input: { kind: 'MEASURE', key: 'no-such-measure' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('MEASURE_NOT_FOUND');
    const bad = await other.query(FOLLOW, { input: { kind: 'PROPOSAL', key: 'abc' } });
    expect(bad.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: 'input.key' })]);
  });
});
