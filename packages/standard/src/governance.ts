/**
 * The voting rules: who counts toward the quorum, when a proposal passes, and the outcome in words. The API
 * freezes a vote's outcome in one SQL statement (so the tally and the outcome are written together); these
 * functions say the same thing in TypeScript for the web app's live progress and for the outcome's wording,
 * and a test checks the two agree on a table of cases.
 */

export const VOTE_CHOICES = ['APPROVE', 'REJECT', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export const VOTE_OUTCOMES = ['PASSED', 'THRESHOLD_NOT_MET', 'QUORUM_NOT_REACHED'] as const;
export type VoteOutcome = (typeof VOTE_OUTCOMES)[number];

/** Votes by choice. */
export type Tally = { approvals: number; rejections: number; abstentions: number };

/** The rules a vote runs under: copied from the governance settings when it opens. */
export type VoteRules = {
  /** The standard-setters recorded when the vote opened. */
  electorate: number;
  quorumPercent: number;
  thresholdNumerator: number;
  thresholdDenominator: number;
};

export type QuorumRule = Pick<VoteRules, 'electorate' | 'quorumPercent'>;
export type ThresholdRule = Pick<VoteRules, 'thresholdNumerator' | 'thresholdDenominator'>;

/** Everyone who voted, abstentions included. */
export const votesCast = (tally: Tally): number => tally.approvals + tally.rejections + tally.abstentions;

/** Votes needed for the quorum: at least `quorumPercent` of the electorate, rounded up. */
export const quorumVotesNeeded = ({ quorumPercent, electorate }: QuorumRule): number => Math.ceil((quorumPercent * electorate) / 100);

/** The quorum is met when the votes cast (abstentions count) reach `quorumPercent` of the electorate. */
export const meetsQuorum = (tally: Tally, rule: QuorumRule): boolean => votesCast(tally) * 100 >= rule.quorumPercent * rule.electorate;

/** Approvals must be at least numerator/denominator of approvals + rejections, with at least one approval. */
export const meetsThreshold = (tally: Tally, rule: ThresholdRule): boolean =>
  tally.approvals > 0 && tally.approvals * rule.thresholdDenominator >= rule.thresholdNumerator * (tally.approvals + tally.rejections);

export const voteOutcome = (tally: Tally, rules: VoteRules): VoteOutcome => {
  if (!meetsQuorum(tally, rules)) return 'QUORUM_NOT_REACHED';
  return meetsThreshold(tally, rules) ? 'PASSED' : 'THRESHOLD_NOT_MET';
};

/** What a passed vote does to the proposal; any other outcome rejects it. */
export const outcomeStatus = (outcome: VoteOutcome): 'ACCEPTED' | 'REJECTED' => (outcome === 'PASSED' ? 'ACCEPTED' : 'REJECTED');

const people = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2/3 (67%)". */
export const thresholdFraction = ({ thresholdNumerator: n, thresholdDenominator: d }: ThresholdRule): string =>
  `${n}/${d} (${d === 0 ? 0 : Math.round((n / d) * 100)}%)`;

/** The threshold as people say it: "2 in 3 approvals". */
export const thresholdWords = ({ thresholdNumerator: n, thresholdDenominator: d }: ThresholdRule): string =>
  n === d ? 'every approve or reject vote an approval' : `${n} in ${d} approvals`;

/** The outcome in words, for the proposal's history and page. */
export const describeOutcome = (outcome: VoteOutcome, tally: Tally, rules: VoteRules): string => {
  const voted = votesCast(tally);
  const counts = `${tally.approvals} approve, ${tally.rejections} reject, ${tally.abstentions} abstain`;
  switch (outcome) {
    case 'QUORUM_NOT_REACHED':
      return `Quorum not reached: ${voted} of ${people(rules.electorate, 'standard-setter')} voted, ${quorumVotesNeeded(rules)} needed (${counts}).`;
    case 'THRESHOLD_NOT_MET':
      return `Rejected: ${counts}; approval needs at least ${rules.thresholdNumerator}/${rules.thresholdDenominator} of approve + reject.`;
    case 'PASSED':
      return `Approved: ${counts} (${voted} of ${rules.electorate} voted).`;
  }
};
