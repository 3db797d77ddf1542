/** What one scan spent: HTTP requests by kind and GraphQL rate-limit points. */
export interface ScanCost {
  requests: {
    total: number;
    graphql: number;
    restReads: number;
    restWrites: number;
  };
  /** Sum of `rateLimit.cost` over the GraphQL queries (GitHub's points, 5,000 an hour). */
  graphqlPoints: number;
}
