// Listed in order. `pnpm migration:generate <Name>` writes a new file here and adds it to this list.
import { Initial1795458229980 } from './1795458229980-Initial.js';
import { ReleasesImmutable1795458229981 } from './1795458229981-ReleasesImmutable.js';
import { ProposalsAndComments1795458900733 } from './1795458900733-ProposalsAndComments.js';
import { Voting1795459460952 } from './1795459460952-Voting.js';
import { ReleaseChangelog1795460830325 } from './1795460830325-ReleaseChangelog.js';
import { Hardening1796116802448 } from './1796116802448-Hardening.js';
import { Assessments1796130000000 } from './1796130000000-Assessments.js';
import { RenderedMarkdown1796140000000 } from './1796140000000-RenderedMarkdown.js';

export const MIGRATIONS = [Initial1795458229980, ReleasesImmutable1795458229981, ProposalsAndComments1795458900733, Voting1795459460952, ReleaseChangelog1795460830325, Hardening1796116802448, Assessments1796130000000, RenderedMarkdown1796140000000];
