import { draftCaseStudy, HIDE_CASE_STUDY, publishedCaseStudy } from './support/case-study-operations.js';
import { signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PERSON = `query($handle: String!) { person(handle: $handle) { handle caseStudies { id title summary publishedAt } } }`;
type Person = { person: { handle: string; caseStudies: { id: string; title: string; summary: string; publishedAt: string }[] } };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('a profile’s case studies', () => {
  it('lists the person’s published case studies, newest first, never a draft or a hidden one', async () => {
    const author = (await signedInAs(app, 'MEMBER')).client;
    const editor = (await signedInAs(app, 'EDITOR')).client;
    const { me } = await author.data<{ me: { handle: string } }>(`query { me { handle } }`);
    const older = await publishedCaseStudy(author, { title: 'First rollout', summary: 'Where we started.' });
    const newer = await publishedCaseStudy(author, { title: 'Second rollout' });
    const hidden = await publishedCaseStudy(author, { title: 'Advertising' });
    await draftCaseStudy(author, { title: 'Unfinished' });
    await editor.data(HIDE_CASE_STUDY, { input: { id: hidden, reason: 'Advertising, not a case study' } });

    for (const reader of [app.client(), author, editor]) {
      const { caseStudies } = (await reader.data<Person>(PERSON, { handle: me.handle })).person;
      expect(caseStudies.map((caseStudy) => caseStudy.id)).toEqual([newer, older]);
      expect(caseStudies[1]).toMatchObject({ title: 'First rollout', summary: 'Where we started.' });
    }
  });

  it('is empty for someone who has published none', async () => {
    const reader = (await signedInAs(app, 'MEMBER')).client;
    const { me } = await reader.data<{ me: { handle: string } }>(`query { me { handle } }`);
    expect((await app.client().data<Person>(PERSON, { handle: me.handle })).person.caseStudies).toEqual([]);
  });
});
