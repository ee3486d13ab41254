import {
  electorateSentence,
  hiddenResultsSentence,
  outcomeTitle,
  quorumProgress,
  quorumSentence,
  tallySentence,
  thresholdFraction,
  thresholdProgress,
  thresholdSentence,
} from './voting-rules';

const twoThirds = { thresholdNumerator: 2, thresholdDenominator: 3 };

describe('rule sentences', () => {
  it('says who votes', () => {
    expect(electorateSentence(2)).toBe(
      'The 2 standard-setters of the moment voting opened may vote, one vote each; later role changes change nothing for this vote.',
    );
    expect(electorateSentence(1)).toMatch(/^The 1 standard-setter of the moment/);
  });

  it('states the quorum of a vote in numbers, abstentions included', () => {
    expect(quorumSentence({ quorumPercent: 50, electorate: 2, quorumVotesNeeded: 1 })).toBe(
      'At least 50% of the 2 standard-setters (1 vote) must vote for the result to count; abstentions count toward this quorum.',
    );
    expect(quorumSentence({ quorumPercent: 50 })).toMatch(/^At least 50% of the standard-setters must vote/);
    expect(quorumSentence({ quorumPercent: 0 })).toMatch(/no quorum/);
  });

  it('states the threshold as a fraction and a percentage, leaving abstentions out', () => {
    expect(thresholdFraction(twoThirds)).toBe('2/3 (67%)');
    expect(thresholdSentence(twoThirds)).toMatch(
      /at least 2 in 3 approvals \(67%\) among the approve and reject votes together.*abstentions do not count/,
    );
  });

  it('explains hidden and public results', () => {
    expect(hiddenResultsSentence(true)).toMatch(/hidden until voting closes/);
    expect(hiddenResultsSentence(false)).toMatch(/public while voting is open/);
  });
});

describe('progress', () => {
  const tally = { approvals: 1, rejections: 1, abstentions: 1, voted: 3 };

  it('summarises the tally', () => {
    expect(tallySentence(tally, 4)).toBe('3 of 4 standard-setters have voted: 1 approve, 1 reject, 1 abstain.');
    expect(tallySentence({ approvals: 1, rejections: 0, abstentions: 0, voted: 1 }, 2)).toMatch(/^1 of 2 standard-setters has voted/);
  });

  it('counts abstentions toward the quorum', () => {
    expect(quorumProgress({ approvals: 0, rejections: 0, abstentions: 2, voted: 2 }, 2)).toEqual({
      met: true,
      text: 'Quorum reached: 2 votes, 2 needed.',
    });
    expect(quorumProgress({ approvals: 0, rejections: 0, abstentions: 0, voted: 0 }, 1).met).toBe(false);
  });

  it('compares approvals with approve + reject only', () => {
    expect(thresholdProgress(tally, twoThirds)).toEqual({
      met: false,
      text: 'Approvals: 1 of 2 approve and reject votes (50%); 2/3 (67%) needed.',
    });
    expect(thresholdProgress({ approvals: 2, rejections: 1, abstentions: 5, voted: 8 }, twoThirds).met).toBe(true);
    expect(thresholdProgress({ approvals: 0, rejections: 0, abstentions: 1, voted: 1 }, twoThirds)).toEqual({
      met: false,
      text: 'No approve or reject vote yet; 2/3 (67%) approvals needed.',
    });
  });
});

describe('outcomeTitle', () => {
  it('tells a missed quorum apart from a rejection on the merits', () => {
    expect(outcomeTitle('PASSED')).toBe('Accepted');
    expect(outcomeTitle('QUORUM_NOT_REACHED')).toBe('Rejected: quorum not reached');
    expect(outcomeTitle('THRESHOLD_NOT_MET')).toBe('Rejected: not enough approvals');
  });
});
