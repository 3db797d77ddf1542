import { describe, expect, it } from 'vitest';
import { tickedCommands } from '../../src/events/ticked-commands.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { newlyTicked, RESCAN_KEY, stepKeyComment } from '../../src/issue/ticked-items.js';

const repository = { name: 'r', owner: { login: 'o' }, default_branch: 'main' };
const person = { login: 'camille', type: 'User' };

function body(ticked: string[]): string {
  const box = (key: string, title: string) =>
    `- [${ticked.includes(key) ? 'x' : ' '}] **${title}** ${stepKeyComment(key)}`;
  return [
    HEALTH_ISSUE_MARKER,
    box('vision', 'Vision'),
    box('roadmap', 'Feuille de route'),
    box('release-cadence', 'Versions'),
    box(RESCAN_KEY, 'Relancer l’analyse'),
  ].join('\r\n');
}

function edited(before: string[], after: string[], sender = person) {
  return {
    action: 'edited',
    repository,
    sender,
    changes: { body: { from: body(before) } },
    issue: { number: 9, body: body(after) },
  };
}

describe('newlyTicked', () => {
  it('the keys this edit ticked, not those already ticked nor those unticked', () => {
    expect(newlyTicked(body(['vision']), body(['vision', 'roadmap', RESCAN_KEY]))).toEqual([
      'rescan',
      'roadmap',
    ]);
    expect(newlyTicked(body(['vision']), body([]))).toEqual([]);
    expect(newlyTicked(null, body(['vision']))).toEqual(['vision']);
  });
});

describe('tickedCommands', () => {
  it('a person ticking "rescan now" and document steps: a rescan and those starters, nothing for other steps', () => {
    expect(tickedCommands('issues', edited([], [RESCAN_KEY]))).toEqual({
      rescan: true,
      drafts: [],
      issueNumber: 9,
    });
    expect(tickedCommands('issues', edited(['vision'], ['vision', 'roadmap', 'release-cadence']))).toEqual({
      rescan: false,
      drafts: ['roadmap'],
      issueNumber: 9,
    });
    expect(tickedCommands('issues', edited([], ['release-cadence']))).toBeNull();
  });

  it('nothing from bots, the app itself, other issues, other actions or a title-only edit', () => {
    expect(
      tickedCommands('issues', edited([], [RESCAN_KEY], { login: 'product-health[bot]', type: 'Bot' })),
    ).toBeNull();
    expect(
      tickedCommands('issues', edited([], [RESCAN_KEY], { login: 'renovate[bot]', type: 'User' })),
    ).toBeNull();
    const other = edited([], ['vision']);
    expect(
      tickedCommands('issues', {
        ...other,
        issue: { number: 3, body: other.issue.body.replace(HEALTH_ISSUE_MARKER, '') },
      }),
    ).toBeNull();
    expect(tickedCommands('issues', { ...edited([], ['vision']), action: 'opened' })).toBeNull();
    expect(tickedCommands('issue_comment', edited([], ['vision']))).toBeNull();
    expect(tickedCommands('issues', { ...edited([], ['vision']), changes: {} })).toBeNull();
  });
});
