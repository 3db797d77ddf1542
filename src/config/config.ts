import type { Language, PillarId, SignalId } from '../model/ids.js';
import type { Thresholds } from '../model/signal.js';

export type DocumentKind = 'vision' | 'indicators' | 'roadmap';

/** The resolved configuration: every key has a value (defaults filled in). */
export interface ProductHealthConfig {
  language: Language;
  /** Days of history the scan looks at. */
  windowDays: number;
  /**
   * Paths in the repository or external URLs where product documents live: a kind declared here
   * replaces detection for that kind. `exclude`: globs of repository paths never taken as product
   * documents or feedback channels (false finds).
   */
  documents: Record<DocumentKind, string[]> & { exclude: string[] };
  feedback: {
    /** Issues carrying any of these labels (case-insensitive) are user feedback. */
    labels: string[];
    /** A first human answer within this many hours is "on time". */
    responseTargetHours: number;
    /** Who counts as a responder: anyone but the author and bots, or maintainers only. */
    responders: 'anyone' | 'maintainers';
    /** Where users reach the team (URLs or e-mail addresses): replaces detection of the channel. */
    channels: string[];
  };
  deployments: {
    /** Regular expression (case-insensitive) matching production environment names. */
    productionEnvironment: string;
    /** Regular expression (case-insensitive) matching deploy workflow names or files. */
    workflow: string;
    /** The branch whose pushes reach production, when the workflows do not say it (null: detected). */
    branch: string | null;
    /** Tags (glob, e.g. `v*`) whose creation deploys to production; wins over `branch` (null: detected). */
    tags: string | null;
  };
  releases: {
    /**
     * False when the team declares it does not cut releases: release cadence is then not applicable.
     * True when releases are expected even from a team that deploys to production weekly. Null
     * (default): expected unless the team deploys to production at least weekly.
     */
    expected: boolean | null;
  };
  /** The product-health issue the app, the Action and `scan --write-issue` keep. */
  issue: {
    /** Label carried by the issue (it is found by its hidden marker first). */
    label: string;
    /** Reopen the issue when a user closed it; by default a closed issue is left alone. */
    reopenClosed: boolean;
  };
  /** What a ticked next step may do beyond the issue. */
  coaching: {
    /**
     * Ticking the next step of a missing or weak vision, indicators or roadmap opens a pull request
     * adding a starter document (needs Contents: write and Pull requests: write); false (default):
     * the starter is posted as a comment on the product-health issue.
     */
    pullRequests: boolean;
  };
  /** The product's context outside the repository. */
  product: {
    /** Id of the product's beta.gouv.fr record (`content/_startups/<id>.md`), null to look for a README link. */
    betagouv: string | null;
    /** The product's phase as the team names it (`acceleration`, `MVP`…), null to take the record's. */
    phase: string | null;
    /** `owner/name` of the repository holding the records (a mirror, or on GitHub Enterprise Server). */
    betagouvRepository: string;
  };
  thresholds: Partial<Record<SignalId, Thresholds>>;
  disabledSignals: SignalId[];
  weights: {
    pillars: Record<PillarId, number>;
    signals: Record<SignalId, number>;
  };
}

/** A problem found in a configuration file; the run goes on with defaults for that key. */
export interface ConfigProblem {
  /** File the problem was found in. */
  file: string;
  /** Dotted path of the key, empty for the whole file. */
  key: string;
  /** 1-based line, null when it cannot be located. */
  line: number | null;
  message: string;
}

/** A configuration given instead of the repository's own file: its text, or a value someone else parsed. */
export type ConfigInput = { file: string; text: string } | { file: string; value: unknown };
