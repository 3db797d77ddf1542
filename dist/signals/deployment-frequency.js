import { findProductionTarget, tagPatternTest } from '../collect/production-target.js';
import { GUIDE } from '../guide/guide-references.js';
import { daysBetween } from '../util/dates.js';
import { round, scoreBetween } from '../util/stats.js';
import { configPattern } from './config-pattern.js';
import { formatNumber } from './format-number.js';
import { groupPushes } from './group-pushes.js';
import { reasonText } from './outcome.js';
import { inWindow, signalWindow } from './signal-window.js';
import { tieredScore } from './tiered-score.js';
/** States meaning the deployment succeeded (`active`/`inactive`: it succeeded, then was superseded). */
const SUCCEEDED = new Set(['success', 'active', 'inactive']);
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const DAYS_PER_MONTH = 30;
const BAND_TEXT = {
    elite: { fr: '« élite » (plusieurs par jour)', en: '“elite” (several a day)' },
    high: { fr: '« élevé » (entre quotidien et hebdomadaire)', en: '“high” (between daily and weekly)' },
    medium: { fr: '« moyen » (entre hebdomadaire et mensuel)', en: '“medium” (between weekly and monthly)' },
    low: { fr: '« faible » (moins d’un par mois)', en: '“low” (less than monthly)' },
};
const SOURCE_TEXT = {
    deployments: {
        fr: 'les déploiements GitHub vers un environnement de production',
        en: 'GitHub deployments to a production environment',
    },
    'workflow-runs': {
        fr: 'les exécutions réussies des workflows de déploiement',
        en: 'successful runs of deploy workflows',
    },
    'paas-pushes': {
        fr: 'les pushes sur la branche par défaut (déploiement automatique sur une PaaS)',
        en: 'pushes to the default branch (automatic deployment on a PaaS)',
    },
    'branch-pushes': {
        fr: 'les pushes sur la branche de production',
        en: 'pushes to the production branch',
    },
    tags: {
        fr: 'les tags qui déclenchent la mise en production',
        en: 'the tags that trigger the production deployment',
    },
};
const CONFIDENCE_TEXT = {
    high: { fr: 'confiance haute', en: 'high confidence' },
    medium: { fr: 'confiance moyenne', en: 'medium confidence' },
    low: { fr: 'confiance faible', en: 'low confidence' },
};
/** DORA 2023 deployment frequency band for a rate of deployments a day. */
export function deploymentBand(perDay) {
    if (perDay > 1)
        return 'elite';
    if (perDay >= 1 / 7 - 1e-9)
        return 'high';
    if (perDay >= 1 / DAYS_PER_MONTH - 1e-9)
        return 'medium';
    return 'low';
}
export const deploymentFrequencySignal = {
    id: 'deployment-frequency',
    pillar: 'iteration',
    title: { fr: 'Fréquence de déploiement', en: 'Deployment frequency' },
    definition: {
        fr: 'Déploiements en production réussis par semaine sur la période : déploiements GitHub vers la production, sinon exécutions réussies des workflows de déploiement, sinon pushes (pas commits ; pushes des seuls robots exclus) sur la branche, ou tags, que le dépôt désigne lui-même pour la production (déclencheurs des workflows, CONTRIBUTING, descripteur PaaS, configuration). Les déploiements de recette ou de prévisualisation ne comptent pas.',
        en: 'Successful production deployments a week over the window: GitHub deployments to production, else successful runs of deploy workflows, else pushes (not commits; bot-only pushes left out) to the branch, or tags, that the repository itself names for production (workflow triggers, CONTRIBUTING, PaaS descriptor, configuration). Staging and preview deployments never count.',
    },
    why: {
        fr: '« On construit le produit par petits pas, avec des cycles courts (quelques semaines) qui permettent de tester, apprendre et ajuster. » Ce que ça implique : « Livrer régulièrement des améliorations visibles ».',
        en: '“The product is built in small steps, with short cycles (a few weeks) that make it possible to test, learn and adjust.” What this implies: “Regularly deliver visible improvements”.',
    },
    guide: GUIDE.pillars,
    defaults: { passPerWeek: 1, warnPerWeek: 0.23 },
    evaluate: evaluateDeploymentFrequency,
};
function evaluateDeploymentFrequency(context) {
    const production = configPattern(context.config.deployments.productionEnvironment);
    const attempts = [
        () => fromDeployments(context, production),
        () => fromWorkflowRuns(context, production),
        () => fromProductionTarget(context),
    ];
    const skipped = [];
    for (const attempt of attempts) {
        const result = attempt();
        if ('found' in result)
            return judge(context, result.found, skipped);
        skipped.push(result.skipped);
    }
    return unknownFrequency(skipped);
}
function fromDeployments(context, production) {
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
function fromWorkflowRuns(context, production) {
    const part = context.snapshot.workflowRuns;
    if (!part.available)
        return unavailableSkip('workflowRuns', 'exécutions de workflows', 'workflow runs', part);
    const workflow = configPattern(context.config.deployments.workflow);
    const onDefaultBranch = defaultBranchTest(context);
    const byEnvironment = (run) => run.jobEnvironments.some((name) => production.test(name));
    const byName = (run) => workflow.test(run.name) || (run.path !== null && workflow.test(run.path));
    const matching = part.value.filter((run) => !PULL_REQUEST_EVENTS.has(run.event) && onDefaultBranch(run) && (byEnvironment(run) || byName(run)));
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
                ...files.map((path) => ({ kind: 'file', ref: path })),
            ],
        },
    };
}
/** Runs on the default branch when it is known; tag and release runs count as the default branch's. */
function defaultBranchTest(context) {
    const target = productionTarget(context);
    const defaultBranch = target?.kind === 'branch' ? target.branch : context.snapshot.repository.defaultBranch;
    const tags = context.snapshot.tags.available
        ? new Set(context.snapshot.tags.value.map((tag) => tag.name))
        : new Set();
    return (run) => defaultBranch === null ||
        run.headBranch === null ||
        run.headBranch === defaultBranch ||
        run.event === 'release' ||
        tags.has(run.headBranch);
}
function productionTarget(context) {
    const { files, contents, repository } = context.snapshot;
    if (!files.available)
        return null;
    return findProductionTarget(files.value, contents, context.config, repository.defaultBranch);
}
const VIA_TEXT = {
    config: { fr: 'déclaré dans la configuration', en: 'declared in the configuration' },
    workflow: { fr: 'déclencheur du workflow', en: 'workflow trigger' },
    docs: { fr: 'la documentation le dit', en: 'as the documentation says' },
    paas: { fr: 'descripteur PaaS', en: 'PaaS descriptor' },
};
function fromProductionTarget(context) {
    const { files, commits, tags, repository, productionBranch } = context.snapshot;
    if (!files.available)
        return unavailableSkip('files', 'fichiers du dépôt', 'repository files', files);
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
    const evidence = target.evidence.map((path) => ({ kind: 'file', ref: path }));
    if (target.via === 'config')
        evidence.push({
            kind: 'config',
            ref: target.kind === 'tags' ? 'deployments.tags' : 'deployments.branch',
        });
    if (target.kind === 'tags') {
        if (!tags.available)
            return unavailableSkip('tags', 'tags', 'tags', tags);
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
    const history = productionBranch && productionBranch.name === target.branch
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
function unavailableSkip(key, fr, en, part) {
    const reason = reasonText(part.reason);
    return {
        skipped: {
            key: `${key}: unavailable (${part.reason})`,
            looked: { fr: `${fr} : indisponibles (${reason.fr})`, en: `${en}: unavailable (${reason.en})` },
        },
    };
}
function judge(context, found, skipped) {
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
    const daysSinceLast = past.length > 0 ? Math.floor(past.reduce((least, days) => Math.min(least, days))) : null;
    const lastDay = daysSinceLast === null
        ? null
        : found.dates
            .filter((date) => Date.parse(date) <= context.now.getTime())
            .reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b))
            .slice(0, 10);
    const status = perWeek >= passPerWeek ? 'pass' : perWeek >= warnPerWeek ? 'warn' : 'fail';
    const fraction = status === 'pass'
        ? scoreBetween(perWeek, passPerWeek, Math.max(7, passPerWeek)) / 100
        : status === 'warn'
            ? scoreBetween(perWeek, warnPerWeek, passPerWeek) / 100
            : scoreBetween(perWeek, 0, warnPerWeek) / 100;
    const days = Math.round(window.days);
    const rate = formatNumber(perWeek, 2);
    const source = SOURCE_TEXT[found.source];
    const confidence = CONFIDENCE_TEXT[found.confidence];
    const last = daysSinceLast === null
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
            productionTarget: found.target === undefined
                ? null
                : found.target.kind === 'branch'
                    ? `branch ${found.target.branch}`
                    : `tags ${found.target.pattern}`,
            trigger: found.target?.trigger ?? null,
            botPushes: found.botPushes ?? null,
        },
        evidence: found.evidence,
        measured: {
            fr: `${count} déploiement(s) en production réussi(s) en ${days} jours, soit ${rate.fr} par semaine, niveau DORA ${BAND_TEXT[band].fr}, d’après ${source.fr}${targetText(found).fr} (${confidence.fr})${last.fr}.`,
            en: `${count} successful production deployment(s) in ${days} days, ${rate.en} a week, DORA band ${BAND_TEXT[band].en}, from ${source.en}${targetText(found).en} (${confidence.en})${last.en}.`,
        },
        advice: status === 'pass' ? confidenceAdvice(found.confidence) : frequencyAdvice(passPerWeek, found.confidence),
        source: found.source,
    };
}
/** Which branch or tags, found how, and the unit counted ("pushes, not commits"). */
function targetText(found) {
    const target = found.target;
    if (target === undefined)
        return { fr: '', en: '' };
    const via = VIA_TEXT[target.via];
    const what = target.kind === 'branch'
        ? { fr: ` ${target.branch}`, en: ` ${target.branch}` }
        : { fr: ` ${target.pattern}`, en: ` ${target.pattern}` };
    const unit = target.kind === 'branch'
        ? {
            fr: ` ; unité : le push (${found.pushedCommits ?? 0} commit(s) regroupés en pushes${found.botPushes ? `, ${found.botPushes} push(es) de robots seuls écartés` : ''})`,
            en: `; unit: the push (${found.pushedCommits ?? 0} commit(s) grouped into pushes${found.botPushes ? `, ${found.botPushes} bot-only push(es) left out` : ''})`,
        }
        : { fr: ' ; unité : le tag', en: '; unit: the tag' };
    return {
        fr: `${what.fr} — ${via.fr} : ${target.trigger}${unit.fr}`,
        en: `${what.en} — ${via.en}: ${target.trigger}${unit.en}`,
    };
}
function frequencyAdvice(passPerWeek, confidence) {
    const target = formatNumber(passPerWeek, 2);
    const base = {
        fr: `Visez au moins ${target.fr} déploiement(s) en production par semaine (standard beta.gouv) : automatisez la mise en production depuis la branche par défaut et livrez par petits incréments.`,
        en: `Aim for at least ${target.en} production deployment(s) a week (beta.gouv standard): automate deploying from the default branch and ship in small increments.`,
    };
    const extra = confidenceAdvice(confidence);
    return extra ? { fr: `${base.fr} ${extra.fr}`, en: `${base.en} ${extra.en}` } : base;
}
function confidenceAdvice(confidence) {
    if (confidence === 'high')
        return null;
    return {
        fr: 'Pour une mesure plus sûre, déclarez un environnement de production dans le job de déploiement (`environment: production`) : GitHub enregistre alors chaque déploiement.',
        en: 'For a surer measure, declare a production environment on the deploy job (`environment: production`): GitHub then records each deployment.',
    };
}
function unknownFrequency(skipped) {
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
            fr: 'Déclarez un environnement de production dans le job de déploiement (`environment: production`), ou nommez dans `.github/product-health.yml` votre environnement et votre workflow de déploiement (`deployments.productionEnvironment`, `deployments.workflow`), ou la branche ou les tags qui partent en production (`deployments.branch`, `deployments.tags`).',
            en: 'Declare a production environment on the deploy job (`environment: production`), or name in `.github/product-health.yml` your environment and deploy workflow (`deployments.productionEnvironment`, `deployments.workflow`), or the branch or tags that reach production (`deployments.branch`, `deployments.tags`).',
        },
        source: null,
    };
}
