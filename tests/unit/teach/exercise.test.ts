import { describe, expect, it } from 'vitest';
import { buildExercise, groupsInDisagreement, sourceRole } from '../../../src/lib/teach/exercise.ts';
import { claim, source, workers } from './helpers.ts';

const nhk = claim({
  id: 't33',
  compareGroup: 'alabuga-workers',
  attribution: 'RA',
  claimant: 'Unnamed diplomatic sources cited by NHK',
  reporter: 'NHK',
  figures: [workers(25000)],
  sources: ['S27'],
});
const hur = claim({
  id: 't48',
  date: '2025-11-14',
  compareGroup: 'alabuga-workers',
  attribution: 'CBP',
  claimant: "Ukraine's military intelligence (HUR)",
  figures: [workers(12000, 'about')],
  sources: ['S24'],
});
const sameNumbers = [
  claim({ id: 'a1', compareGroup: 'agree', figures: [workers(5)] }),
  claim({ id: 'a2', compareGroup: 'agree', figures: [workers(5)] }),
];
const sources = [source('S24', 'Interfax-Ukraine'), source('S27', 'lifestylebillboard.com')];
const config = {
  intro: 'Weigh them.',
  groups: [
    {
      group: 'alabuga-workers',
      topic: 'Alabuga',
      question: 'Which?',
      corroborate: { t33: 'A second outlet.', t48: 'Non-Ukrainian evidence.' },
    },
  ],
};

describe('groupsInDisagreement', () => {
  it('keeps groups whose claims give different numbers', () => {
    expect([...groupsInDisagreement([nhk, hur, ...sameNumbers]).keys()]).toEqual(['alabuga-workers']);
  });
  it('keeps a group where one claim is disputed even if only one gives a number', () => {
    const disputed = [
      claim({ id: 'f1', compareGroup: 'fair', figures: [workers(20)] }),
      claim({ id: 'f2', compareGroup: 'fair', status: 'disputed' }),
    ];
    expect(groupsInDisagreement(disputed).has('fair')).toBe(true);
  });
  it('drops claims that stand alone in their group', () => {
    expect(groupsInDisagreement([nhk]).size).toBe(0);
  });
});

describe('sourceRole', () => {
  it('names an interested party for CBP and an anonymous source for RA', () => {
    expect(sourceRole(hur)).toMatch(/^An interested party: Ukraine's military intelligence \(HUR\)/);
    expect(sourceRole(nhk)).toMatch(/^An anonymous source: Unnamed diplomatic sources cited by NHK \(via NHK\)/);
  });
});

describe('buildExercise', () => {
  const [item] = buildExercise({ claims: [hur, nhk], sources }, config);
  it('shows each statement with its figure, who said it and when, oldest first', () => {
    expect(item!.statements.map((s) => [s.claimId, s.figureText, s.dateText])).toEqual([
      ['t33', '25,000 workers', '19 June 2025'],
      ['t48', 'about 12,000 workers', '14 November 2025'],
    ]);
  });
  it('answers with the attribution class, the corroboration text and the sources', () => {
    const answer = item!.statements.find((s) => s.claimId === 't48')!;
    expect(answer.attribution).toBe('CBP');
    expect(answer.corroborate).toBe('Non-Ukrainian evidence.');
    expect(answer.sources).toEqual([{ id: 'S24', publisher: 'Interfax-Ukraine' }]);
  });
  it('refuses a configured group whose claims agree', () => {
    expect(() =>
      buildExercise(
        { claims: sameNumbers, sources },
        { ...config, groups: [{ ...config.groups[0]!, group: 'agree' }] },
      ),
    ).toThrow(/"agree": its claims do not disagree/);
  });
});
