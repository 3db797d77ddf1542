/**
 * One fragment per connection the source pages through, so the first page (overview query) and
 * the next ones (details query) select exactly the same fields.
 */
const FRAGMENTS = {
    CommitPage: /* GraphQL */ `
fragment CommitPage on CommitHistoryConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    oid
    authoredDate
    committedDate
    author { name email user { login } }
    parents(first: 1) { nodes { oid } }
  }
}
`,
    ReleasePage: /* GraphQL */ `
fragment ReleasePage on ReleaseConnection {
  pageInfo { hasNextPage endCursor }
  nodes { name tagName createdAt publishedAt isPrerelease isDraft }
}
`,
    TagPage: /* GraphQL */ `
fragment TagPage on RefConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    name
    target {
      __typename
      ... on Commit { committedDate }
      ... on Tag { tagger { date } target { ... on Commit { committedDate } } }
    }
  }
}
`,
    DeploymentPage: /* GraphQL */ `
fragment DeploymentPage on DeploymentConnection {
  pageInfo { hasNextPage endCursor }
  nodes { environment createdAt latestStatus { state createdAt } }
}
`,
    IssuePage: /* GraphQL */ `
fragment IssuePage on IssueConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    id
    number
    title
    url
    state
    createdAt
    closedAt
    author { __typename login }
    labels(first: 20) { nodes { name } }
    comments(first: 20) { ...CommentPage }
  }
}
`,
    CommentPage: /* GraphQL */ `
fragment CommentPage on IssueCommentConnection {
  pageInfo { hasNextPage endCursor }
  nodes { createdAt authorAssociation author { __typename login } }
}
`,
};
/** The document followed by every fragment it spreads, directly or through another fragment. */
export function withFragments(document) {
    const used = [];
    const visit = (text) => {
        for (const [, name = ''] of text.matchAll(/\.\.\.(\w+)/g)) {
            const fragment = FRAGMENTS[name];
            if (fragment && !used.includes(name)) {
                used.push(name);
                visit(fragment);
            }
        }
    };
    visit(document);
    return [document.trim(), ...used.map((name) => FRAGMENTS[name].trim())].join('\n\n');
}
