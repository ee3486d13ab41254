import { Client, mapLimit } from './client.js';
import { ownOperation, webOperation } from './documents.js';
import { type RunningApp, runCli } from './app.js';

/**
 * The bench's data, made the way people make it: through the public GraphQL API with the web app's own
 * mutations (an administrator from the CLI, members by signUp). Contents are varied but deterministic.
 */
export type DatasetSizes = {
  setters: number;
  commenters: number;
  authors: number;
  /** Comments on the small and the large proposal page. */
  comments: { small: number; large: number };
  /** Proposals in total before and after the bulk. */
  proposals: { few: number; many: number };
};

export type People = { admin: Client; authors: Client[]; commenters: Client[]; setters: Client[] };

export const PASSWORD = 'bench-password-1234';

const SET_USER_ROLE = ownOperation(`mutation BenchSetUserRole($input: SetUserRoleInput!) { setUserRole(input: $input) { id role } }`);

export async function createPeople(app: RunningApp, sizes: DatasetSizes): Promise<People> {
  await runCli(app, ['admin:create', '--email', 'admin@bench.example.org', '--password', PASSWORD, '--name', 'Bench Admin']);
  const admin = new Client(app.url);
  await admin.request(webOperation('SignIn'), { input: { email: 'admin@bench.example.org', password: PASSWORD } });
  const authors = await signUpMembers(app, sizes.authors, 'author', (i) => `Author ${i}`);
  const commenters = await signUpMembers(app, sizes.commenters, 'reader', (i) => NAMES[i % NAMES.length]!);
  const setters = await signUpMembers(app, sizes.setters, 'setter', (i) => `Standard-setter ${i}`);
  await mapLimit(range(sizes.setters), 4, (i) =>
    admin.request(SET_USER_ROLE, {
      input: { email: `setter${i}@bench.example.org`, role: 'STANDARD_SETTER', reason: 'Benchmark electorate' },
    }),
  );
  return { admin, authors, commenters, setters };
}

/** Members who signed up themselves, each a client holding their session: `<prefix><i>@bench.example.org`. */
export function signUpMembers(app: RunningApp, count: number, prefix: string, name: (i: number) => string): Promise<Client[]> {
  // Password hashing is deliberately slow; two at a time keeps both cores busy without queueing.
  return mapLimit(range(count), 2, async (i) => {
    const client = new Client(app.url);
    await client.request(webOperation('SignUp'), {
      input: { email: `${prefix}${i}@bench.example.org`, password: PASSWORD, displayName: name(i) },
    });
    return client;
  });
}

type Draft = { draft: { revision: number; document: { measures: { key: string; name: string }[] } } };

/** Creates and submits `count` proposals (each a change to one measure's definition), spread over the authors. */
export async function createProposals(authors: Client[], count: number, offset: number, concurrency = 6): Promise<number[]> {
  const { draft } = await authors[0]!.request<Draft>(webOperation('NewProposal'));
  const measures = draft.document.measures;
  return mapLimit(range(count), concurrency, async (i) => {
    const n = offset + i;
    const measure = measures[n % measures.length]!;
    const author = authors[n % authors.length]!;
    const created = await author.request<{ createProposal: { number: number } }>(webOperation('CreateProposal'), {
      input: {
        title: `Sharpen the definition of ${measure.name} (${n + 1})`,
        summary: proposalSummary(measure.name, n),
        changes: [
          {
            op: 'UPDATE_MEASURE',
            measureKey: measure.key,
            patch: { definition: `${measure.name}, measured the same way by every team (variant ${n + 1}).` },
            reason: 'Comparable results across organizations.',
          },
        ],
      },
    });
    const number = created.createProposal.number;
    await author.request(webOperation('SubmitProposal'), { number });
    return number;
  });
}

/** A discussion of `count` comments, about a third of them replies to earlier ones. */
export async function addComments(commenters: Client[], proposalNumber: number, count: number): Promise<void> {
  const replies = Math.floor(count / 3);
  const topLevel = count - replies;
  const add = (i: number, parentId: string | null) =>
    commenters[i % commenters.length]!.request<{ addComment: { id: string } }>(webOperation('AddComment'), {
      input: { proposalNumber, parentId, body: commentBody(i) },
    });
  const roots = await mapLimit(range(topLevel), 4, (i) => add(i, null));
  await mapLimit(range(replies), 4, (i) => add(topLevel + i, roots[(i * 7) % roots.length]!.addComment.id));
}

/** Opens the vote with the governance default window (days), so it stays open for the whole run. */
export async function openVoting(admin: Client, proposalNumber: number): Promise<void> {
  await admin.request(webOperation('OpenVoting'), { number: proposalNumber, closesAt: null });
}

export const CHOICES = ['APPROVE', 'ABSTAIN', 'REJECT'] as const;
export type Choice = (typeof CHOICES)[number];

export function voteInput(proposalNumber: number, choice: Choice, i: number) {
  const rationale =
    choice === 'REJECT'
      ? `Not yet: the definition still leaves room for interpretation (${i}).`
      : i % 3 === 0
        ? 'Clear and measurable.'
        : null;
  return { input: { proposalNumber, choice, rationale } };
}

/**
 * Every standard-setter votes once: mostly approvals, some abstentions and rejections with their reason. One
 * after another, so no two votes share a timestamp: the lists sort by it, and the baseline must sort the same.
 */
export async function castVotes(setters: Client[], proposalNumber: number): Promise<void> {
  await mapLimit(setters, 1, (setter, i) =>
    setter.request(webOperation('CastVote'), voteInput(proposalNumber, CHOICES[i % 5 === 4 ? 2 : i % 7 === 6 ? 1 : 0]!, i)),
  );
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

const NAMES = [
  'Ada Support',
  'Bo Success',
  'Cy Ops',
  'Di Metrics',
  'Ed Knowledge',
  'Fi Leader',
  'Gu Analyst',
  'Ha Coach',
  'Io Agent',
  'Jo Lead',
];

function proposalSummary(measureName: string, n: number): string {
  return [
    '## Why',
    '',
    `Teams read **${measureName}** differently, so results are hard to compare across organizations (case ${n + 1}).`,
    '',
    '## What',
    '',
    '- Say what starts and stops the clock',
    '- Say which cases are left out, and why',
    '',
    'See [the discussion guide](https://example.org/guide) for how we weigh evidence.',
  ].join('\n');
}

const OPENINGS = [
  'I support this, with one reservation.',
  'We measured this for two years at our support centre, and the numbers moved a lot once we fixed the start of the clock.',
  'Could the definition say what happens to cases that are reopened?',
  'This matches what the **Spring 2016 edition** intended, as far as I can tell.',
  'Not convinced yet: the change makes the measure easier to game.',
];

/** Markdown as people write it: paragraphs, emphasis, lists, links, code, quotes, of varying length. */
export function commentBody(i: number): string {
  const parts = [OPENINGS[i % OPENINGS.length]!];
  if (i % 2 === 0) parts.push(`In our data (${100 + ((i * 37) % 900)} cases last quarter) the *median* moved by ${1 + (i % 9)} hours.`);
  if (i % 3 === 0)
    parts.push(
      [
        'What we do today:',
        '',
        '1. Open the case when the customer reports it',
        '2. Pause while we wait for the customer',
        '3. Stop when they confirm',
      ].join('\n'),
    );
  if (i % 4 === 1) parts.push(`> ${OPENINGS[(i + 2) % OPENINGS.length]}\n\nQuoting the earlier point, because it matters here.`);
  if (i % 5 === 2)
    parts.push(
      'Our query, for reference:\n\n```sql\nSELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_at - opened_at) FROM cases;\n```',
    );
  if (i % 6 === 3) parts.push(`More in [our write-up](https://example.org/notes/${i}) and in \`docs/measures.md\`.`);
  return parts.join('\n\n');
}
