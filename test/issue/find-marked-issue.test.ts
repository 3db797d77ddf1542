import { describe, expect, it } from 'vitest';
import { findMarkedIssue } from '../../src/issue/find-marked-issue.js';
import { HEALTH_ISSUE_MARKER } from '../../src/issue/issue-marker.js';
import { issueWith } from './issue-fixtures.js';

const marked = `${HEALTH_ISSUE_MARKER}\n\nbody`;

describe('findMarkedIssue', () => {
  it('keeps the oldest open marked issue and lists the other open ones as duplicates', () => {
    const newer = issueWith(9, { body: marked, created_at: '2026-03-02T00:00:00Z' });
    const oldest = issueWith(4, { body: marked, created_at: '2026-01-01T00:00:00Z' });
    const middle = issueWith(7, { body: marked, created_at: '2026-02-01T00:00:00Z' });
    const { kept, duplicates } = findMarkedIssue([newer, oldest, middle]);
    expect(kept?.number).toBe(4);
    expect(duplicates.map((i) => i.number)).toEqual([7, 9]);
  });

  it('prefers an open issue to an older closed one, and leaves closed ones out of duplicates', () => {
    const closed = issueWith(2, { body: marked, state: 'closed', created_at: '2025-01-01T00:00:00Z' });
    const open = issueWith(5, { body: marked, created_at: '2026-01-01T00:00:00Z' });
    expect(findMarkedIssue([closed, open])).toEqual({ kept: open, duplicates: [] });
  });

  it('keeps the oldest closed issue when none is open (a user closed it)', () => {
    const first = issueWith(3, { body: marked, state: 'closed', created_at: '2025-01-01T00:00:00Z' });
    const second = issueWith(6, { body: marked, state: 'closed', created_at: '2025-06-01T00:00:00Z' });
    expect(findMarkedIssue([second, first])).toEqual({ kept: first, duplicates: [] });
  });

  it('never counts an issue by its title or label alone', () => {
    const lookalike = issueWith(1, {
      title: 'Santé produit',
      body: 'I copied the title',
      created_at: '2020-01-01T00:00:00Z',
    });
    const empty = issueWith(2, { title: 'Santé produit', body: null });
    const real = issueWith(8, { title: 'Renamed by a user', body: marked });
    expect(findMarkedIssue([lookalike, empty, real])).toEqual({ kept: real, duplicates: [] });
    expect(findMarkedIssue([lookalike, empty])).toEqual({ kept: null, duplicates: [] });
  });
});
