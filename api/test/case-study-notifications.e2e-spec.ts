import { MailWorker } from '../src/email/mail-worker.js';
import { NotificationScheduler } from '../src/notifications/notification-scheduler.js';
import { draftCaseStudy, PUBLISH_CASE_STUDY, publishedCaseStudy } from './support/case-study-operations.js';
import { signedInAs } from './support/factories.js';
import type { GraphQLTestClient } from './support/graphql-client.js';
import { mailEnv, type SmtpReceiver, startSmtpReceiver } from './support/smtp-receiver.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** "A case study on a measure you follow": who hears of a published case study, in the app and in digests. */
type Notification = { kind: string; title: string; body: string; url: string };
const NOTIFICATIONS = `query { notifications(first: 50) { nodes { kind title body url } unreadCount } }`;
const MARK_READ = `mutation { markNotificationsRead }`;
const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { kind key following } }`;
const UNFOLLOW = `mutation($input: FollowInput!) { unfollow(input: $input) { kind key following } }`;
const PREFS = `query { notificationPreferences { kinds { kind delivery isDefault label } } }`;

let smtp: SmtpReceiver;
let app: TestApp;
let author: GraphQLTestClient;
let measureFollower: GraphQLTestClient;
let categoryFollower: GraphQLTestClient;
let bothFollower: GraphQLTestClient;
let bystander: GraphQLTestClient;
let followerEmail: string;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  app = await startTestApp({ ...mailEnv(smtp), VOTING_CLOSER: 'off' });
  const as = async () => signedInAs(app, 'MEMBER');
  author = (await as()).client;
  const follower = await as();
  measureFollower = follower.client;
  followerEmail = follower.email;
  categoryFollower = (await as()).client;
  bothFollower = (await as()).client;
  bystander = (await as()).client;
  await author.data(FOLLOW, { input: { kind: 'MEASURE', key: 'time-to-smile' } });
  await measureFollower.data(FOLLOW, { input: { kind: 'MEASURE', key: 'time-to-smile' } });
  await categoryFollower.data(FOLLOW, { input: { kind: 'CATEGORY', key: 'employee' } });
  await bothFollower.data(FOLLOW, { input: { kind: 'MEASURE', key: 'employee-engagement' } });
  await bothFollower.data(FOLLOW, { input: { kind: 'CATEGORY', key: 'employee' } });
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

const everyone = () => [author, measureFollower, categoryFollower, bothFollower, bystander];
const inbox = async (client: GraphQLTestClient) =>
  (await client.data<{ notifications: { nodes: Notification[]; unreadCount: number } }>(NOTIFICATIONS)).notifications;
const unread = () => Promise.all(everyone().map(async (client) => (await inbox(client)).unreadCount));

describe('a case study on a measure you follow', () => {
  beforeEach(() => Promise.all(everyone().map((client) => client.data(MARK_READ))));

  it('notifies who follows one of its measures, once, linking to it; never its author, nor a draft', async () => {
    const draft = await draftCaseStudy(author, { title: 'Smiles, drafted', summary: 'What a support team learned.' });
    expect(await unread()).toEqual([0, 0, 0, 0, 0]);
    await author.data(PUBLISH_CASE_STUDY, { id: draft });
    expect(await unread()).toEqual([0, 1, 0, 0, 0]);
    expect((await inbox(measureFollower)).nodes[0]).toEqual({
      kind: 'FOLLOWED_CASE_STUDY_PUBLISHED',
      title: 'New case study “Smiles, drafted”',
      body: 'What a support team learned.',
      url: `/case-studies/${draft}`,
    });
  });

  it('notifies who follows the category of one of its measures; following both the measure and its category tells once', async () => {
    const outcomes = [{ measureKey: 'employee-engagement', before: 60, after: 66, usage: 'GUIDING' }];
    const id = await publishedCaseStudy(author, { title: 'Engagement without surveys', outcomes });
    expect(await unread()).toEqual([0, 0, 1, 1, 0]);
    expect((await inbox(categoryFollower)).nodes[0]).toMatchObject({ kind: 'FOLLOWED_CASE_STUDY_PUBLISHED', url: `/case-studies/${id}` });
  });

  it('stops once the follower unfollows', async () => {
    await measureFollower.data(UNFOLLOW, { input: { kind: 'MEASURE', key: 'time-to-smile' } });
    await publishedCaseStudy(author, { title: 'Smiles again' });
    expect(await unread()).toEqual([0, 0, 0, 0, 0]);
    await measureFollower.data(FOLLOW, { input: { kind: 'MEASURE', key: 'time-to-smile' } });
  });

  it('is a preference of its own, a daily digest by default, and the digest lists it under its label', async () => {
    const { notificationPreferences } = await measureFollower.data<{
      notificationPreferences: { kinds: { kind: string; delivery: string; isDefault: boolean; label: string }[] };
    }>(PREFS);
    expect(notificationPreferences.kinds).toContainEqual({
      kind: 'FOLLOWED_CASE_STUDY_PUBLISHED',
      delivery: 'DAILY_DIGEST',
      isDefault: true,
      label: 'A case study on a measure or category you follow',
    });
    const id = await publishedCaseStudy(author, { title: 'Smiles in the digest' });
    const at = new Date();
    at.setUTCDate(at.getUTCDate() + 1);
    at.setUTCHours(8, 30, 0, 0);
    const before = smtp.received.length;
    const queued = await app.running.app.get(NotificationScheduler).digest(at);
    await app.running.app.get(MailWorker).drainOnce();
    await smtp.waitFor(before + queued);
    const digest = smtp.received.find((email) => email.to.includes(followerEmail) && email.subject.includes('digest'));
    // The day's case studies (the first test's too), grouped under the kind's label.
    expect(digest?.text).toContain('\nA case study on a measure or category you follow\n- New case study “Smiles, drafted”');
    expect(digest?.text).toContain('- New case study “Smiles in the digest”');
    expect(digest?.text).toContain(`https://commons.example.org/case-studies/${id}`);
  });
});
