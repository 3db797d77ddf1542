import { describe, expect, it } from 'vitest';
import { stepKeyComment, tickedItems } from '../../src/issue/ticked-items.js';

describe('tickedItems', () => {
  it('reads the keys of ticked checklist items, with CRLF line ends and either x', () => {
    const body = [
      '## Les trois prochaines étapes',
      `- [x] **Feuille de route** — mettre à jour ${stepKeyComment('roadmap')}`,
      `- [ ] **Vision** — écrire ${stepKeyComment('vision')}`,
      `* [X] **Versions** — publier ${stepKeyComment('release-cadence')}`,
      '- [x] a box the user added, without a key',
    ].join('\r\n');
    expect(tickedItems(body)).toEqual(new Set(['roadmap', 'release-cadence']));
  });

  it('ignores keys outside a ticked checkbox and empty bodies', () => {
    expect(tickedItems(`[x] not a list item ${stepKeyComment('vision')}`)).toEqual(new Set());
    expect(tickedItems(`> - [x] quoted ${stepKeyComment('vision')}`)).toEqual(new Set());
    expect(tickedItems(null)).toEqual(new Set());
    expect(tickedItems('')).toEqual(new Set());
  });

  it('refuses keys that could break out of the comment', () => {
    expect(() => stepKeyComment('x --> <b>')).toThrow();
  });
});
