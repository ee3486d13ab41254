// Listed in order. `pnpm migration:generate <Name>` writes a new file here and adds it to this list.
import { Initial1795458229980 } from './1795458229980-Initial.js';
import { ReleasesImmutable1795458229981 } from './1795458229981-ReleasesImmutable.js';
import { ProposalsAndComments1795458900733 } from './1795458900733-ProposalsAndComments.js';
import { Voting1795459460952 } from './1795459460952-Voting.js';
import { ReleaseChangelog1795460830325 } from './1795460830325-ReleaseChangelog.js';
import { Hardening1796116802448 } from './1796116802448-Hardening.js';
import { Assessments1796118000000 } from './1796118000000-Assessments.js';
import { RenderedMarkdown1796120700000 } from './1796120700000-RenderedMarkdown.js';
import { ProposalListIndex1796121856103 } from './1796121856103-ProposalListIndex.js';
import { VendorsKeepInSync1796124500000 } from './1796124500000-VendorsKeepInSync.js';
import { CommunityLoop1796127358464 } from './1796127358464-CommunityLoop.js';
import { Organizations1796127434622 } from './1796127434622-Organizations.js';
import { CaseStudies1796127558697 } from './1796127558697-CaseStudies.js';
import { DecisionsFeedIndex1796128091991 } from './1796128091991-DecisionsFeedIndex.js';
import { ImplementationReports1796128429103 } from './1796128429103-ImplementationReports.js';
import { UpgradeChecklists1796128766805 } from './1796128766805-UpgradeChecklists.js';
import { Adoptions1796129606742 } from './1796129606742-Adoptions.js';
import { Search1796129936338 } from './1796129936338-Search.js';
import { OrganizationWebhooks1796129940425 } from './1796129940425-OrganizationWebhooks.js';
import { OrganizationTokens1796130257208 } from './1796130257208-OrganizationTokens.js';
import { CaseStudySearch1796138562215 } from './1796138562215-CaseStudySearch.js';
import { AccountEmails1796138674127 } from './1796138674127-AccountEmails.js';
import { CaseStudyNotifications1796138988316 } from './1796138988316-CaseStudyNotifications.js';

export const MIGRATIONS = [Initial1795458229980, ReleasesImmutable1795458229981, ProposalsAndComments1795458900733, Voting1795459460952, ReleaseChangelog1795460830325, Hardening1796116802448, Assessments1796118000000, RenderedMarkdown1796120700000, ProposalListIndex1796121856103, VendorsKeepInSync1796124500000, CommunityLoop1796127358464, Organizations1796127434622, CaseStudies1796127558697, DecisionsFeedIndex1796128091991, ImplementationReports1796128429103, UpgradeChecklists1796128766805, Adoptions1796129606742, Search1796129936338, OrganizationWebhooks1796129940425, OrganizationTokens1796130257208, CaseStudySearch1796138562215, AccountEmails1796138674127, CaseStudyNotifications1796138988316];
