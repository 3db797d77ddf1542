import { describe, expect, it } from 'vitest';
import { workflowRepository } from '../../src/action/workflow-repository.js';

describe('the workflow’s repository', () => {
  it('comes from GITHUB_REPOSITORY', () => {
    expect(workflowRepository({ GITHUB_REPOSITORY: 'example/trouve-ta-formation' }, {})).toEqual({
      owner: 'example',
      repo: 'trouve-ta-formation',
    });
  });

  it('else from the event', () => {
    const payload = { repository: { name: 'Hello-World', owner: { login: 'Codertocat' } } };
    expect(workflowRepository({}, payload)).toEqual({ owner: 'Codertocat', repo: 'Hello-World' });
  });

  it('is null when neither says', () => {
    expect(workflowRepository({ GITHUB_REPOSITORY: 'not-a-repository' }, {})).toBeNull();
    expect(workflowRepository({}, null)).toBeNull();
  });
});
