import { meetsThreshold, thresholdFraction as fraction, thresholdWords, VOTE_CHOICES } from '@ocmf/standard';
import type { VoteChoice, VoteOutcome } from '../gql/graphql';
import type { BadgeTone } from '../ui/Badge';
import { pluralize } from '../ui/format';

/** The rules a vote runs under (copied from the governance settings when it opens), or the current settings. */
export type QuorumRule = { quorumPercent: number; electorate?: number; quorumVotesNeeded?: number };
export type ThresholdRule = { thresholdNumerator: number; thresholdDenominator: number };
export type Tally = { approvals: number; rejections: number; abstentions: number; voted: number };

export { VOTE_CHOICES };

const CHOICES: Record<VoteChoice, { label: string; tone: BadgeTone }> = {
  APPROVE: { label: 'Approve', tone: 'positive' },
  REJECT: { label: 'Reject', tone: 'negative' },
  ABSTAIN: { label: 'Abstain', tone: 'neutral' },
};

export function choiceLabel(choice: VoteChoice): string {
  return CHOICES[choice]?.label ?? choice;
}

export function choiceTone(choice: VoteChoice): BadgeTone {
  return CHOICES[choice]?.tone ?? 'neutral';
}

/** A share as a whole percentage: 2/3 → "67%". */
export function percent(numerator: number, denominator: number): string {
  return denominator === 0 ? '0%' : `${Math.round((numerator / denominator) * 100)}%`;
}

/** The threshold as a fraction and a percentage: "2/3 (67%)". */
export function thresholdFraction(rule: ThresholdRule): string {
  return fraction(rule);
}

/** Who may vote: "The 2 standard-setters of the moment voting opened may vote, one vote each." */
export function electorateSentence(electorate: number): string {
  return `The ${pluralize(electorate, 'standard-setter')} of the moment voting opened may vote, one vote each; later role changes change nothing for this vote.`;
}

/**
 * The quorum in plain words. With the electorate of a vote: "At least 50% of the 2 standard-setters (1 vote) must
 * vote for the result to count; abstentions count toward this quorum."
 */
export function quorumSentence(rule: QuorumRule): string {
  if (rule.quorumPercent === 0) return 'There is no quorum: the result counts however few standard-setters vote.';
  const who =
    rule.electorate !== undefined && rule.quorumVotesNeeded !== undefined
      ? `${rule.quorumPercent}% of the ${pluralize(rule.electorate, 'standard-setter')} (${pluralize(rule.quorumVotesNeeded, 'vote')})`
      : `${rule.quorumPercent}% of the standard-setters`;
  return `At least ${who} must vote for the result to count; abstentions count toward this quorum.`;
}

/** The pass threshold in plain words. */
export function thresholdSentence(rule: ThresholdRule): string {
  return (
    `To pass, it needs at least ${thresholdWords(rule)} (${Math.round((rule.thresholdNumerator / rule.thresholdDenominator) * 100)}%) ` +
    'among the approve and reject votes together, with at least one approval; abstentions do not count here.'
  );
}

/** What hidden results mean for the reader. */
export function hiddenResultsSentence(hidden: boolean): string {
  return hidden
    ? 'Results are hidden until voting closes: nobody sees the tally or how others voted, only their own vote.'
    : 'Results are public while voting is open: everyone sees the tally and each vote with its reason as they come in.';
}

/** How many have voted: "1 of 2 standard-setters have voted: 1 approve, 0 reject, 0 abstain." */
export function tallySentence(tally: Tally, electorate: number): string {
  const counts = `${tally.approvals} approve, ${tally.rejections} reject, ${tally.abstentions} abstain`;
  return `${tally.voted} of ${pluralize(electorate, 'standard-setter')} ${tally.voted === 1 ? 'has' : 'have'} voted: ${counts}.`;
}

/** Where the quorum stands: "Quorum reached: 2 votes, 1 needed." */
export function quorumProgress(tally: Tally, needed: number): { met: boolean; text: string } {
  const met = tally.voted >= needed;
  return {
    met,
    text: met
      ? `Quorum reached: ${pluralize(tally.voted, 'vote')}, ${needed} needed.`
      : `Quorum not reached yet: ${pluralize(tally.voted, 'vote')} of ${needed} needed.`,
  };
}

/** Where the threshold stands: "Approvals: 1 of 2 approve and reject votes (50%); 2/3 (67%) needed." */
export function thresholdProgress(tally: Tally, rule: ThresholdRule): { met: boolean; text: string } {
  const decisive = tally.approvals + tally.rejections;
  const met = meetsThreshold(tally, rule);
  if (decisive === 0) return { met, text: `No approve or reject vote yet; ${thresholdFraction(rule)} approvals needed.` };
  return {
    met,
    text: `Approvals: ${tally.approvals} of ${pluralize(decisive, 'approve and reject vote')} (${percent(tally.approvals, decisive)}); ${thresholdFraction(rule)} needed.`,
  };
}

/** The decision in a few words, for the outcome's heading. */
export function outcomeTitle(outcome: VoteOutcome): string {
  switch (outcome) {
    case 'PASSED':
      return 'Accepted';
    case 'QUORUM_NOT_REACHED':
      return 'Rejected: quorum not reached';
    case 'THRESHOLD_NOT_MET':
      return 'Rejected: not enough approvals';
  }
}

export function outcomeTone(outcome: VoteOutcome): BadgeTone {
  return outcome === 'PASSED' ? 'positive' : 'negative';
}
