import {
  findProductionTarget,
  type ProductionTarget,
  tagPatternTest,
} from '../../collect/production-target.js';
import type { Localized } from '../../model/ids.js';
import type { Part } from '../../model/part.js';
import type { DeploymentState, WorkflowRun } from '../../model/raw-snapshot.js';
import type { Evidence, SignalContext, SignalDefinition, SignalResult } from '../../model/signal.js';
import { daysBetween } from '../../util/dates.js';
import { round, scoreBetween } from '../../util/stats.js';
import { type ConfigPattern, configPattern } from '../config-pattern.js';
import { formatNumber } from '../format-number.js';
import { groupPushes } from '../group-pushes.js';
import { reasonText } from '../outcome.js';
import { loadSignalData, signalBasics, signalMessages } from '../signal-data.js';
import { inWindow, signalWindow } from '../signal-window.js';
import { tieredScore } from '../tiered-score.js';

export type DeploymentFrequencyThresholds = {
  /** Successful production deployments a week for `pass` (beta.gouv standard: one a week). */
  passPerWeek: number;
  /** Below this many a week (about once a month, 7/30) the signal fails. */
  warnPerWeek: number;
};

export type DeploymentBand = 'elite' | 'high' | 'medium' | 'low';
export type DeploymentSource = 'deployments' | 'workflow-runs' | 'paas-pushes' | 'branch-pushes' | 'tags';
type Confidence = 'high' | 'medium' | 'low';

/** States meaning the deployment succeeded (`active`/`inactive`: it succeeded, then was superseded). */
const SUCCEEDED: ReadonlySet<DeploymentState> = new Set(['success', 'active', 'inactive']);
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const DAYS_PER_MONTH = 30;

interface Found {
  source: DeploymentSource;
  confidence: Confidence;
  /** Dates of the successful deployments, any age. */
  dates: string[];
  evidence: Evidence[];
  /** What reaches production and how it was found, when read from the repository's own words. */
  target?: ProductionTarget;
  /** Pushes left out because only bots authored them. */
  botPushes?: number;
  /** Commits in the counted pushes (pushes, not commits, are the unit). */
  pushedCommits?: number;
}

/** A source without evidence: why (for metrics) and what was looked at (for the report). */
interface Skipped {
  key: string;
  looked: Localized;
}

type Attempt = { found: Found } | { skipped: Skipped };

/** DORA 2023 deployment frequency band for a rate of deployments a day. */
export function deploymentBand(perDay: number): DeploymentBand {
  if (perDay > 1) return 'elite';
  if (perDay >= 1 / 7 - 1e-9) return 'high';
  if (perDay >= 1 / DAYS_PER_MONTH - 1e-9) return 'medium';
  return 'low';
}

const DATA = loadSignalData('deployment-frequency');
const message = signalMessages(DATA);

export const deploymentFrequencySignal: SignalDefinition<DeploymentFrequencyThresholds> = {
  ...signalBasics<DeploymentFrequencyThresholds>(DATA),
  evaluate: evaluateDeploymentFrequency,
};

function evaluateDeploymentFrequency(context: SignalContext<DeploymentFrequencyThresholds>): SignalResult {
  const production = configPattern(context.config.deployments.productionEnvironment);
  const attempts = [
    () => fromDeployments(context, production),
    () => fromWorkflowRuns(context, production),
    () => fromProductionTarget(context),
  ];
  const skipped: Skipped[] = [];
  for (const attempt of attempts) {
    const result: Attempt = attempt();
    if ('found' in result) return judge(context, result.found, skipped);
    skipped.push(result.skipped);
  }
  return unknownFrequency(skipped);
}

function fromDeployments(context: SignalContext, production: ConfigPattern): Attempt {
  const part = context.snapshot.deployments;
  if (!part.available)
    return unavailableSkip('deployments', 'déploiements GitHub', 'GitHub deployments', part);
  const toProduction = part.value.filter((deployment) => production.test(deployment.environment));
  if (toProduction.length === 0) {
    const seen = [...new Set(part.value.map((deployment) => deployment.environment))].slice(0, 5);
    const listed = seen.length > 0 ? ` (${seen.join(', ')})` : '';
    return {
      skipped: {
        key: 'deployments: no deployment to a production environment',
        looked: {
          fr: `déploiements GitHub : aucun vers un environnement de production${listed ? ` — environnements vus${listed}` : ''}`,
          en: `GitHub deployments: none to a production environment${listed ? ` — environments seen${listed}` : ''}`,
        },
      },
    };
  }
  return {
    found: {
      source: 'deployments',
      confidence: 'high',
      dates: toProduction.filter((d) => d.state !== null && SUCCEEDED.has(d.state)).map((d) => d.date),
      evidence: [{ kind: 'api', ref: 'deployments' }],
    },
  };
}

function fromWorkflowRuns(context: SignalContext, production: ConfigPattern): Attempt {
  const part = context.snapshot.workflowRuns;
  if (!part.available)
    return unavailableSkip('workflowRuns', 'exécutions de workflows', 'workflow runs', part);
  const workflow = configPattern(context.config.deployments.workflow);
  const onDefaultBranch = defaultBranchTest(context);
  const byEnvironment = (run: WorkflowRun) => run.jobEnvironments.some((name) => production.test(name));
  const byName = (run: WorkflowRun) =>
    workflow.test(run.name) || (run.path !== null && workflow.test(run.path));
  const matching = part.value.filter(
    (run) =>
      !PULL_REQUEST_EVENTS.has(run.event) && onDefaultBranch(run) && (byEnvironment(run) || byName(run)),
  );
  if (matching.length === 0) {
    return {
      skipped: {
        key: 'workflowRuns: no deploy workflow run on the default branch',
        looked: {
          fr: 'exécutions de workflows : aucune de déploiement (nom ou environnement de production) sur la branche par défaut',
          en: 'workflow runs: none deploying (by name or production environment) on the default branch',
        },
      },
    };
  }
  const files = [...new Set(matching.flatMap((run) => (run.path ? [run.path] : [])))].sort();
  return {
    found: {
      source: 'workflow-runs',
      confidence: matching.some(byEnvironment) ? 'medium' : 'low',
      dates: matching.filter((run) => run.conclusion === 'success').map((run) => run.date),
      evidence: [
        { kind: 'api', ref: 'workflowRuns' },
        ...files.map((path): Evidence => ({ kind: 'file', ref: path })),
      ],
    },
  };
}

/** Runs on the default branch when it is known; tag and release runs count as the default branch's. */
function defaultBranchTest(context: SignalContext): (run: WorkflowRun) => boolean {
  const target = productionTarget(context);
  const defaultBranch = target?.kind === 'branch' ? target.branch : context.snapshot.repository.defaultBranch;
  const tags = context.snapshot.tags.available
    ? new Set(context.snapshot.tags.value.map((tag) => tag.name))
    : new Set<string>();
  return (run) =>
    defaultBranch === null ||
    run.headBranch === null ||
    run.headBranch === defaultBranch ||
    run.event === 'release' ||
    tags.has(run.headBranch);
}

function productionTarget(context: SignalContext): ProductionTarget | null {
  const { files, contents, repository } = context.snapshot;
  if (!files.available) return null;
  return findProductionTarget(files.value, contents, context.config, repository.defaultBranch);
}

function fromProductionTarget(context: SignalContext): Attempt {
  const { files, commits, tags, repository, productionBranch } = context.snapshot;
  if (!files.available) return unavailableSkip('files', 'fichiers du dépôt', 'repository files', files);
  const target = productionTarget(context);
  if (target === null) {
    return {
      skipped: {
        key: 'files: no production branch or tags (workflow trigger, docs, PaaS descriptor)',
        looked: {
          fr: 'dépôt : aucune branche ni aucun tag de production désigné par les workflows (`on.push`), CONTRIBUTING ou un descripteur PaaS (Procfile, scalingo.json…)',
          en: 'repository: no production branch or tags named by the workflows (`on.push`), CONTRIBUTING or a PaaS descriptor (Procfile, scalingo.json…)',
        },
      },
    };
  }
  const evidence: Evidence[] = target.evidence.map((path): Evidence => ({ kind: 'file', ref: path }));
  if (target.via === 'config')
    evidence.push({
      kind: 'config',
      ref: target.kind === 'tags' ? 'deployments.tags' : 'deployments.branch',
    });
  if (target.kind === 'tags') {
    if (!tags.available) return unavailableSkip('tags', 'tags', 'tags', tags);
    const matches = tagPatternTest(target.pattern);
    return {
      found: {
        source: 'tags',
        confidence: target.via === 'config' || target.via === 'workflow' ? 'medium' : 'low',
        dates: tags.value.filter((tag) => matches(tag.name)).map((tag) => tag.date),
        evidence: [...evidence, { kind: 'git', ref: 'tags' }],
        target,
      },
    };
  }
  const history =
    productionBranch && productionBranch.name === target.branch
      ? productionBranch.commits
      : target.branch === repository.defaultBranch
        ? commits
        : null;
  if (history === null) {
    return {
      skipped: {
        key: `productionBranch: ${target.branch} not read`,
        looked: {
          fr: `branche de production ${target.branch} (${target.trigger}) : son historique n’a pas été lu`,
          en: `production branch ${target.branch} (${target.trigger}): its history was not read`,
        },
      },
    };
  }
  if (!history.available) {
    const reason = reasonText(history.reason);
    const missing = history.reason === 'not-found' && history !== commits;
    const hint = missing
      ? {
          fr: ` — la branche ${target.branch} est introuvable (ni ${target.branch} ni origin/${target.branch} dans une copie locale) : récupérez-la (\`git fetch origin ${target.branch}\`) ou déclarez \`deployments.branch\``,
          en: ` — the branch ${target.branch} cannot be found (neither ${target.branch} nor origin/${target.branch} in a local checkout): fetch it (\`git fetch origin ${target.branch}\`) or declare \`deployments.branch\``,
        }
      : { fr: '', en: '' };
    return {
      skipped: {
        key: `${history === commits ? 'commits' : `productionBranch ${target.branch}`}: unavailable (${history.reason})`,
        looked: {
          fr: `branche de production ${target.branch} (${target.trigger}) : historique indisponible (${reason.fr})${hint.fr}`,
          en: `production branch ${target.branch} (${target.trigger}): history unavailable (${reason.en})${hint.en}`,
        },
      },
    };
  }
  const pushes = groupPushes(history.value);
  const human = pushes.filter((push) => !push.botOnly);
  return {
    found: {
      source: target.via === 'paas' ? 'paas-pushes' : 'branch-pushes',
      confidence: target.via === 'paas' || target.via === 'docs' ? 'low' : 'medium',
      dates: human.map((push) => push.date),
      evidence: [...evidence, { kind: 'git', ref: productionBranch?.ref ?? 'commits' }],
      target,
      botPushes: pushes.length - human.length,
      pushedCommits: human.reduce((sum, push) => sum + push.commits, 0),
    },
  };
}

function unavailableSkip(
  key: string,
  fr: string,
  en: string,
  part: Extract<Part<unknown>, { available: false }>,
): Attempt {
  const reason = reasonText(part.reason);
  return {
    skipped: {
      key: `${key}: unavailable (${part.reason})`,
      looked: { fr: `${fr} : indisponibles (${reason.fr})`, en: `${en}: unavailable (${reason.en})` },
    },
  };
}

function judge(
  context: SignalContext<DeploymentFrequencyThresholds>,
  found: Found,
  skipped: Skipped[],
): SignalResult {
  const { passPerWeek, warnPerWeek } = context.thresholds;
  const window = signalWindow(context);
  const count = found.dates.filter((date) => inWindow(date, window)).length;
  const perDay = count / window.days;
  const perWeek = perDay * 7;
  const band = deploymentBand(perDay);
  const past = found.dates
    .map((date) => daysBetween(date, context.now))
    .filter((days) => Number.isFinite(days) && days >= 0);
  // A reduce, not `Math.min(...past)`: hundreds of thousands of deployments would overflow the stack.
  const daysSinceLast =
    past.length > 0 ? Math.floor(past.reduce((least, days) => Math.min(least, days))) : null;
  const lastDay =
    daysSinceLast === null
      ? null
      : found.dates
          .filter((date) => Date.parse(date) <= context.now.getTime())
          .reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b))
          .slice(0, 10);
  const status = perWeek >= passPerWeek ? 'pass' : perWeek >= warnPerWeek ? 'warn' : 'fail';
  const fraction =
    status === 'pass'
      ? scoreBetween(perWeek, passPerWeek, Math.max(7, passPerWeek)) / 100
      : status === 'warn'
        ? scoreBetween(perWeek, warnPerWeek, passPerWeek) / 100
        : scoreBetween(perWeek, 0, warnPerWeek) / 100;
  const days = Math.round(window.days);
  const rate = formatNumber(perWeek, 2);
  const source = message('source', { source: found.source.replaceAll('-', '_') });
  const confidence = message('confidence', { confidence: found.confidence });
  const last =
    daysSinceLast === null
      ? { fr: ' ; aucun déploiement réussi connu', en: '; no successful deployment known' }
      : { fr: ` ; dernier le ${lastDay}`, en: `; last one on ${lastDay}` };
  return {
    status,
    score: tieredScore(status, fraction),
    metrics: {
      count,
      perWeek: round(perWeek, 2),
      band,
      source: found.source,
      confidence: found.confidence,
      daysSinceLast,
      windowDays: days,
      skipped: skipped.map((s) => s.key),
      unit: found.source === 'tags' ? 'tag' : found.source.endsWith('pushes') ? 'push' : 'deployment',
      productionTarget:
        found.target === undefined
          ? null
          : found.target.kind === 'branch'
            ? `branch ${found.target.branch}`
            : `tags ${found.target.pattern}`,
      trigger: found.target?.trigger ?? null,
      botPushes: found.botPushes ?? null,
    },
    evidence: found.evidence,
    measured: message('measured', (language) => ({
      count,
      days,
      rate: rate[language],
      band: message('band', { band })[language],
      source: source[language],
      target: targetText(found)[language],
      confidence: confidence[language],
      last: last[language],
    })),
    advice:
      status === 'pass'
        ? confidenceAdvice(found.confidence)
        : frequencyAdvice(passPerWeek, found, count, days),
    source: found.source,
  };
}

/** Which branch or tags, found how, and the unit counted ("pushes, not commits"). */
function targetText(found: Found): Localized {
  const target = found.target;
  if (target === undefined) return { fr: '', en: '' };
  const via = message('via', { via: target.via });
  const what =
    target.kind === 'branch'
      ? { fr: ` ${target.branch}`, en: ` ${target.branch}` }
      : { fr: ` ${target.pattern}`, en: ` ${target.pattern}` };
  const unit =
    target.kind === 'branch'
      ? message('unit-push', { commits: found.pushedCommits ?? 0, botPushes: found.botPushes ?? 0 })
      : { fr: ' ; unité : le tag', en: '; unit: the tag' };
  return {
    fr: `${what.fr} — ${via.fr} : ${target.trigger}${unit.fr}`,
    en: `${what.en} — ${via.en}: ${target.trigger}${unit.en}`,
  };
}

function frequencyAdvice(passPerWeek: number, found: Found, count: number, days: number): Localized {
  const goal = formatNumber(passPerWeek, 2);
  const target = found.target;
  const base = message('advice-frequency', (language) => ({
    count,
    days,
    goal: goal[language],
    target: target === undefined ? 'none' : target.kind === 'branch' ? target.branch : target.pattern,
  }));
  const extra = confidenceAdvice(found.confidence);
  return extra ? { fr: `${base.fr} ${extra.fr}`, en: `${base.en} ${extra.en}` } : base;
}

function confidenceAdvice(confidence: Confidence): Localized | null {
  return confidence === 'high' ? null : message('advice-confidence');
}

function unknownFrequency(skipped: Skipped[]): SignalResult {
  return {
    status: 'unknown',
    score: null,
    metrics: {
      count: null,
      perWeek: null,
      band: null,
      source: null,
      confidence: null,
      daysSinceLast: null,
      skipped: skipped.map((s) => s.key),
    },
    evidence: [],
    measured: {
      fr: `Aucune trace de déploiement en production trouvée — ${skipped.map((s) => s.looked.fr).join(' ; ')}.`,
      en: `No trace of production deployments found — ${skipped.map((s) => s.looked.en).join('; ')}.`,
    },
    advice: {
      fr: 'Déclarez `environment: production` sur le job de déploiement, ou dites dans `.github/product-health.yml` ce qui part en production (`deployments.productionEnvironment`, `deployments.workflow`, `deployments.branch` ou `deployments.tags`).',
      en: 'Declare `environment: production` on the deploy job, or say in `.github/product-health.yml` what reaches production (`deployments.productionEnvironment`, `deployments.workflow`, `deployments.branch` or `deployments.tags`).',
    },
    source: null,
  };
}
