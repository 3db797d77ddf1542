export const DAY = 86_400_000;
export const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Activity is drawn within this many days before `end`: inside the default 90-day window. */
export const ACTIVITY_DAYS = 86;
/** Feedback issues are opened within this many days before `end`. */
const FEEDBACK_DAYS = 88;
/** The default response target (hours): slow answers come later, fast ones well before. */
const TARGET_HOURS = 72;
export const HUGE_FEEDBACK_ISSUES = 1500;
const dayPrefixes = new Map();
const minuteSuffixes = [];
/**
 * GitHub's spelling of a date (`2026-11-20T09:14:00Z`), to the minute: generated times need no
 * finer grain, and the day and minute parts are memoised, which keeps a 10,000-repository
 * organisation fast to generate (hundreds of thousands of dates).
 */
export function iso(time) {
    const minutes = Math.floor(time / MINUTE);
    const day = Math.floor(minutes / 1440);
    let prefix = dayPrefixes.get(day);
    if (prefix === undefined) {
        if (dayPrefixes.size >= 100_000)
            dayPrefixes.clear();
        prefix = new Date(day * DAY).toISOString().slice(0, 11);
        dayPrefixes.set(day, prefix);
    }
    const minute = minutes - day * 1440;
    let suffix = minuteSuffixes[minute];
    if (suffix === undefined) {
        suffix = `${new Date(minute * MINUTE).toISOString().slice(11, 17)}00Z`;
        minuteSuffixes[minute] = suffix;
    }
    return prefix + suffix;
}
/** A weekday, working-hours time (7–18 h UTC) about `daysAgo` days before `end`, never after it. */
export function workingTime(random, end, daysAgo) {
    const day = Math.floor((end - daysAgo * DAY) / DAY);
    let time = day * DAY + random.int(7 * 60, 18 * 60) * MINUTE;
    // 1970-01-01 was a Thursday (4); 0 is Sunday.
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday === 6)
        time -= DAY;
    else if (weekday === 0)
        time -= 2 * DAY;
    while (time > end)
        time -= DAY;
    return time;
}
function ascii(text) {
    return text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
}
const FIRST_NAMES = [
    'Camille',
    'Inès',
    'Hugo',
    'Léa',
    'Thomas',
    'Sarah',
    'Julien',
    'Manon',
    'Karim',
    'Chloé',
    'Nicolas',
    'Fatou',
    'Antoine',
    'Élise',
    'Mehdi',
    'Claire',
    'Yann',
    'Amina',
    'Pierre',
    'Lucie',
];
const LAST_NAMES = [
    'Martin',
    'Diallo',
    'Bernard',
    'Dubois',
    'Moreau',
    'Laurent',
    'Nguyen',
    'Lefebvre',
    'Garcia',
    'Roux',
    'Fournier',
    'Benali',
    'Girard',
    'Mercier',
    'Bonnet',
    'Traoré',
];
const DOMAINS = ['beta.gouv.fr', 'fabrique.social.gouv.fr', 'numerique.gouv.fr', 'anct.gouv.fr'];
/**
 * Two to six people (three to six for a balanced team). A varied team may share the work evenly,
 * lean on one person (about 75 %) or depend on one (about 90 %): the bus-factor spread.
 */
export function makeTeam(random, trait) {
    const size = trait === 'balanced' ? random.int(3, 6) : random.int(2, 6);
    const spread = trait === 'balanced'
        ? 'balanced'
        : random.weighted([
            ['balanced', 5],
            ['skewed', 3],
            ['dependent', 2],
        ]);
    const domain = random.pick(DOMAINS);
    return random
        .shuffle(FIRST_NAMES)
        .slice(0, size)
        .map((first, index) => {
        const last = random.pick(LAST_NAMES);
        const weight = spread === 'balanced'
            ? 1 + random.float(0, 0.3)
            : index > 0
                ? 1
                : spread === 'skewed'
                    ? (size - 1) * 3
                    : (size - 1) * 10;
        return {
            name: `${first} ${last}`,
            email: `${ascii(first)}.${ascii(last)}@${domain}`,
            login: `${ascii(first)}-${ascii(last)}`,
            weight,
        };
    });
}
/** A member drawn by weight (who authors a commit, who answers an issue). */
function memberOf(random, team) {
    let total = 0;
    for (const member of team)
        total += member.weight;
    let target = random.next() * total;
    for (const member of team) {
        target -= member.weight;
        if (target < 0)
            return member;
    }
    return team[team.length - 1];
}
// --- Commits -------------------------------------------------------------------------------------
const COMMIT_MESSAGES = [
    'feat: nouveau parcours de demande',
    'feat: ajout de l’export PDF',
    'feat: filtre par département',
    'fix: correction du calcul d’éligibilité',
    'fix: page blanche sur mobile',
    'fix: accessibilité du formulaire',
    'refactor: simplification des appels à l’API',
    'test: couverture du simulateur',
    'chore: mise à jour des dépendances',
    'style: alignement sur le DSFR',
    'perf: cache des résultats de recherche',
];
/** The first commit, the document commits, 20–70 commits of work in the window, a few bot updates. */
export function makeCommits(random, input) {
    const { team, end } = input;
    const author = (member) => ({
        authorName: member.name,
        authorEmail: member.email,
        login: member.login,
    });
    const founder = team[0];
    const commits = [
        {
            date: iso(workingTime(random, end, input.initialDaysAgo)),
            message: 'chore: initialisation du projet',
            ...author(founder),
            paths: [...input.initialPaths],
        },
    ];
    for (const change of input.documentChanges) {
        commits.push({
            date: iso(change.time),
            message: change.message,
            ...author(memberOf(random, team)),
            paths: [change.path],
        });
    }
    const work = random.int(20, 70);
    for (let i = 0; i < work; i++) {
        const first = random.pick(input.workPaths);
        const second = random.chance(0.4) ? random.pick(input.workPaths) : first;
        const member = memberOf(random, team);
        commits.push({
            date: iso(workingTime(random, end, random.float(0, ACTIVITY_DAYS))),
            message: random.pick(COMMIT_MESSAGES),
            authorName: member.name,
            authorEmail: member.email,
            login: member.login,
            paths: second === first ? [first] : [first, second],
        });
    }
    const bot = random.pick(['dependabot[bot]', 'renovate[bot]']);
    const botCommits = random.int(0, 5);
    for (let i = 0; i < botCommits; i++) {
        commits.push({
            date: iso(end - random.float(0.1, ACTIVITY_DAYS) * DAY),
            message: 'chore(deps): bump des dépendances',
            authorName: bot,
            authorEmail: `${bot}@users.noreply.github.com`,
            login: bot,
            paths: [input.lockFile],
        });
    }
    return commits;
}
/**
 * `steady`: a GitHub release (and its tag) every 7–21 days, the last one within that interval,
 * sometimes with release candidates. `varied`: nothing, tags only, or releases every 14–60 days.
 */
export function makeReleases(random, trait, end) {
    const mode = trait === 'steady'
        ? 'releases'
        : random.weighted([
            ['none', 4],
            ['tags', 3],
            ['releases', 3],
        ]);
    if (mode === 'none')
        return { releases: [], tags: [], releaseTimes: [] };
    const interval = trait === 'steady' ? random.int(7, 21) : random.int(14, 60);
    const latestAge = trait === 'steady' ? random.float(0.5, interval - 0.5) : random.float(1, interval + 30);
    const count = Math.min(20, Math.max(1, Math.ceil((130 - latestAge) / interval)));
    const major = random.int(1, 4);
    const candidates = trait === 'steady' && random.chance(0.2);
    const releases = [];
    const tags = [];
    const releaseTimes = [];
    for (let k = 0; k < count; k++) {
        const age = latestAge + k * interval + (k > 0 ? random.float(-0.5, 0.5) : 0);
        const time = Math.min(end - HOUR, end - age * DAY);
        const tagName = `v${major}.${count - 1 - k}.0`;
        tags.push({ name: tagName, date: iso(time), annotated: true });
        if (mode === 'releases') {
            releases.push({
                tagName,
                name: random.chance(0.7) ? `Version ${major}.${count - 1 - k}.0` : null,
                createdAt: iso(time),
            });
            releaseTimes.push({ time, tagName });
            if (candidates && k > 0) {
                releases.push({
                    tagName: `${tagName}-rc.1`,
                    name: `Version ${major}.${count - 1 - k}.0 (candidate)`,
                    createdAt: iso(time - 2 * DAY),
                    prerelease: true,
                });
            }
        }
    }
    return { releases, tags, releaseTimes };
}
const DEPLOY_WORKFLOWS = [
    { name: 'Déploiement', path: '.github/workflows/deploy.yml' },
    { name: 'Deploy', path: '.github/workflows/deploy-production.yml' },
    { name: 'Mise en production', path: '.github/workflows/mise-en-production.yml' },
];
const CI_WORKFLOWS = [
    { name: 'Tests', path: '.github/workflows/tests.yml' },
    { name: 'CI', path: '.github/workflows/ci.yml' },
    { name: 'Intégration continue', path: '.github/workflows/integration-continue.yml' },
];
function ciWorkflowText(name, test) {
    return `name: ${name}\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${test}\n`;
}
function deployWorkflowText(name, trigger, environment, run) {
    const env = environment ? `    environment: ${environment}\n` : '';
    return `name: ${name}\non:\n${trigger}jobs:\n  deploy:\n${env}    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`;
}
/** Times from `end` back over 95 days, `perWeek` a week on average, newest first. */
function cadence(random, end, perWeek) {
    const interval = (7 / perWeek) * DAY;
    const times = [];
    for (let time = end - random.float(0.05, 1) * interval; time > end - 95 * DAY;) {
        times.push(time);
        time -= interval * random.float(0.6, 1.4);
    }
    return times;
}
/**
 * CI always; then by mode: a deploy workflow with `environment: production` and the GitHub
 * deployments it records (`deployments`), a deploy workflow without environment and its runs
 * (`workflow`), a `Procfile` and/or `scalingo.json` (`paas`), a workflow running on each release
 * (`on-release`), or nothing (`none`).
 */
export function makeDelivery(random, trait, input) {
    const { end } = input;
    const mode = trait === 'varied'
        ? random.weighted([
            ['deployments', 5],
            ['workflow', 3],
            ['paas', 2],
            ['none', 1],
        ])
        : trait;
    const ci = random.pick(CI_WORKFLOWS);
    const files = { [ci.path]: ciWorkflowText(ci.name, input.stack.test) };
    const workflowRuns = [];
    const deployments = [];
    const ciRuns = random.int(5, 15);
    for (let i = 0; i < ciRuns; i++) {
        const pullRequest = random.chance(0.3);
        workflowRuns.push({
            name: ci.name,
            path: ci.path,
            event: pullRequest ? 'pull_request' : 'push',
            headBranch: pullRequest ? `feature/evolution-${i + 1}` : 'main',
            conclusion: random.chance(0.9) ? 'success' : 'failure',
            createdAt: iso(end - random.float(0.02, ACTIVITY_DAYS) * DAY),
        });
    }
    const push = '  push:\n    branches: [main]\n';
    if (mode === 'deployments') {
        const environment = random.weighted([
            ['production', 3],
            ['prod', 1],
        ]);
        const workflow = random.pick(DEPLOY_WORKFLOWS);
        files[workflow.path] = deployWorkflowText(workflow.name, push, environment, random.pick(['helm upgrade --install app ./chart', 'kubectl apply -f k8s/', './scripts/deploy.sh']));
        const perWeek = input.frequent ? random.float(2, 5) : random.float(0.5, 5);
        for (const time of cadence(random, end, perWeek)) {
            const state = random.weighted([
                ['success', 93],
                ['failure', 5],
                ['error', 2],
            ]);
            deployments.push({ environment, createdAt: iso(time), state });
        }
        if (random.chance(0.6)) {
            const staging = random.pick(['staging', 'preprod', 'recette']);
            for (const time of cadence(random, end, perWeek * random.float(0.3, 0.8))) {
                deployments.push({ environment: staging, createdAt: iso(time), state: 'success' });
            }
        }
    }
    else if (mode === 'workflow') {
        const workflow = random.pick(DEPLOY_WORKFLOWS);
        files[workflow.path] = deployWorkflowText(workflow.name, push, null, './scripts/deploy.sh');
        for (const time of cadence(random, end, random.float(1, 5))) {
            workflowRuns.push({
                name: workflow.name,
                path: workflow.path,
                conclusion: random.chance(0.9) ? 'success' : 'failure',
                createdAt: iso(time),
            });
        }
        // Review apps record deployments too, never to production: the runs stay the best source.
        if (random.chance(0.3)) {
            for (const time of cadence(random, end, random.float(1, 3))) {
                deployments.push({ environment: 'review-app', createdAt: iso(time), state: 'success' });
            }
        }
    }
    else if (mode === 'paas') {
        const descriptors = random.pick(['Procfile', 'scalingo.json', 'both']);
        if (descriptors !== 'scalingo.json')
            files.Procfile = input.stack.procfile;
        if (descriptors !== 'Procfile') {
            files['scalingo.json'] = '{\n  "formation": { "web": { "amount": 2, "size": "M" } }\n}\n';
        }
    }
    else if (mode === 'on-release') {
        const path = '.github/workflows/release.yml';
        files[path] = deployWorkflowText('Mise en production', '  release:\n    types: [published]\n', null, './scripts/deploy.sh');
        for (const { time, tagName } of input.releaseTimes) {
            const at = Math.min(end, time + 10 * MINUTE);
            workflowRuns.push({
                name: 'Mise en production',
                path,
                event: 'release',
                headBranch: tagName,
                createdAt: iso(at),
            });
        }
    }
    return { mode, files, deployments, workflowRuns };
}
const FEEDBACK_TITLES = [
    'Impossible de valider le formulaire',
    'Le simulateur affiche un montant erroné',
    'Page blanche sur mobile',
    'Je ne reçois pas le courriel de confirmation',
    'Question sur les conditions d’éligibilité',
    'Suggestion : pouvoir télécharger un récapitulatif',
    'Le bouton « Suivant » ne répond pas',
    'Mon département n’apparaît pas dans la liste',
    'Message d’erreur à l’envoi des pièces jointes',
    'Texte illisible avec le mode sombre',
    'Comment modifier ma demande ?',
    'Lenteurs en fin de journée',
];
const FEEDBACK_BODIES = [
    'Bonjour, en voulant terminer ma demande, rien ne se passe. Merci de votre aide.',
    'Je suis conseillère et plusieurs personnes que j’accompagne ont le même souci.',
    'Capture d’écran jointe. Navigateur : Firefox sur Android.',
    'Ce serait très utile pour les usagers qui n’ont pas d’imprimante.',
];
const RESPONSES = [
    'Merci pour ce retour, nous regardons cela dès aujourd’hui.',
    'Bonjour, c’est corrigé en production, pouvez-vous réessayer ?',
    'Merci ! Pouvez-vous nous préciser votre navigateur ?',
    'Bonne idée, nous l’ajoutons à la feuille de route.',
];
const USER_NAMES = [
    'marie-dupont',
    'jeanne-l',
    'karim-b',
    'sophie-r',
    'lucas-m',
    'nadia-k',
    'paul-t',
    'agent-caf-13',
    'conseillere-ml-59',
    'h-rousseau',
    'aminata-d',
    'benoit-v',
];
/** Users who open feedback issues: the names, and the same with a number as many logins have. */
const USER_LOGINS = USER_NAMES.flatMap((name) => [
    name,
    ...[7, 13, 21, 42, 59, 75, 92].map((n) => `${name}-${n}`),
]);
const FEEDBACK_LABELS = [
    'retour utilisateur',
    'Retour utilisateur',
    'feedback',
    'Feedback',
    'support',
    'retours utilisateurs',
    'usager',
];
const TRIAGE_BOT = 'github-actions[bot]';
/** A feedback label as a team spells it: French or English, any case. */
export function pickFeedbackLabel(random) {
    return random.pick(FEEDBACK_LABELS);
}
/** In a huge repository most feedback is answered in time, some late, a few never. */
const HUGE_ANSWERS = [
    ['fast', 85],
    ['slow', 10],
    ['never', 5],
];
/** The answer each feedback issue will get, in opening order (oldest first). */
function plannedAnswers(random, trait) {
    const kind = trait === 'varied'
        ? random.weighted([
            ['fast', 5],
            ['slow', 3],
            ['unanswered', 2],
        ])
        : trait;
    const count = trait === 'varied'
        ? random.int(0, 12)
        : kind === 'fast'
            ? random.int(5, 20)
            : kind === 'slow'
                ? random.int(8, 20)
                : kind === 'unanswered'
                    ? random.int(6, 15)
                    : kind === 'huge'
                        ? HUGE_FEEDBACK_ISSUES
                        : 0;
    const exactly = (fast, slow) => random.shuffle([
        ...Array(fast).fill('fast'),
        ...Array(slow).fill('slow'),
        ...Array(count - fast - slow).fill('never'),
    ]);
    switch (kind) {
        case 'fast':
            return { kind, answers: Array(count).fill('fast') };
        case 'slow': {
            // Some answered within the target (10–60 %), the others days later, at most one never.
            const fast = Math.floor(count * random.float(0.1, 0.6));
            const never = count - fast > 1 ? random.int(0, 1) : 0;
            return { kind, answers: exactly(fast, count - fast - never) };
        }
        case 'unanswered': {
            const answered = random.int(0, Math.floor(count / 4));
            const fast = random.int(0, answered);
            return { kind, answers: exactly(fast, answered - fast) };
        }
        case 'huge':
            return {
                kind,
                answers: Array.from({ length: count }, () => random.weighted(HUGE_ANSWERS)),
            };
        default:
            return { kind, answers: [] };
    }
}
/**
 * Feedback issues opened by users within the window, answered fast (within hours), slowly (days
 * after the 72-hour target) or never; a triage bot and the authors comment too, and neither counts
 * as an answer. In slow and unanswered repositories issues are opened at least four days ago, so a
 * late answer has come and a missing one is past the target; there, the oldest unanswered issue is
 * left open. Plus a few issues of the team's own.
 */
export function makeIssues(random, trait, input) {
    const { end, team, feedbackLabel } = input;
    const { answers, kind } = plannedAnswers(random, trait);
    const huge = kind === 'huge';
    const triageBot = !huge && random.chance(0.3);
    // Slow answers and missing ones are only seen as such once the target has passed.
    const minAge = kind === 'slow' || kind === 'unanswered' ? 4 : 0.2;
    const ages = answers
        .map((_, index) => huge
        ? minAge + ((index + random.next()) * (FEEDBACK_DAYS - minAge)) / answers.length
        : random.float(minAge, FEEDBACK_DAYS))
        .sort((a, b) => b - a);
    let keptOpen = false;
    const issues = answers.map((answer, index) => {
        const age = ages[index];
        const created = end - age * DAY;
        const author = random.pick(USER_LOGINS);
        const bot = triageBot
            ? {
                author: TRIAGE_BOT,
                isBot: true,
                createdAt: iso(created + MINUTE),
                body: 'Merci pour votre retour ! L’équipe vous répond sous 3 jours ouvrés.',
            }
            : null;
        const detail = !huge && random.chance(0.2)
            ? { author, association: 'NONE', createdAt: iso(created + 5 * MINUTE), body: 'J’ajoute une capture.' }
            : null;
        const ageHours = age * 24;
        const delayHours = answer === 'fast'
            ? 0.2 + random.next() ** 2 * 30
            : answer === 'slow' && ageHours > TARGET_HOURS + 7
                ? random.float(TARGET_HOURS + 6, Math.min(240, ageHours - 1))
                : null;
        const responseAt = delayHours === null ? null : created + delayHours * HOUR;
        const answered = responseAt !== null && responseAt <= end - MINUTE;
        const last = answered
            ? {
                author: memberOf(random, team).login,
                association: random.pick(['MEMBER', 'MEMBER', 'COLLABORATOR', 'OWNER']),
                createdAt: iso(responseAt),
                body: random.pick(RESPONSES),
            }
            : !huge && age > 10 && random.chance(0.3)
                ? { author, association: 'NONE', createdAt: iso(created + 7 * DAY), body: 'Des nouvelles ?' }
                : null;
        let closedAt = null;
        let stateReason = null;
        if (answered) {
            const close = responseAt + random.float(2 * HOUR, 10 * DAY);
            if (random.chance(0.65) && close <= end)
                closedAt = close;
        }
        else {
            const mustStayOpen = kind === 'unanswered' && !keptOpen && age >= 5;
            keptOpen ||= mustStayOpen;
            const close = created + random.float(20, 60) * DAY;
            if (!mustStayOpen && random.chance(0.25) && close <= end) {
                closedAt = close;
                stateReason = 'not_planned';
            }
        }
        return {
            title: random.pick(FEEDBACK_TITLES),
            body: random.pick(FEEDBACK_BODIES),
            author,
            createdAt: iso(created),
            closedAt: closedAt === null ? null : iso(closedAt),
            stateReason,
            labels: !huge && random.chance(0.3) ? [feedbackLabel, 'bug'] : [feedbackLabel],
            comments: exactList(bot, detail, last),
        };
    });
    if (trait === 'unanswered' && !keptOpen)
        forceOneOverdueOpen(issues, end);
    if (!huge)
        issues.push(...teamIssues(random, input));
    return issues;
}
/** The items that are not null, in an array of exactly their number (a pushed-to array reserves more). */
function exactList(...items) {
    let count = 0;
    for (const item of items)
        if (item !== null)
            count++;
    if (count === 0)
        return [];
    const list = new Array(count);
    let index = 0;
    for (const item of items)
        if (item !== null)
            list[index++] = item;
    return list;
}
/** An unanswered repository always holds an open feedback issue left unanswered past the target. */
function forceOneOverdueOpen(issues, end) {
    issues.push({
        title: FEEDBACK_TITLES[0],
        author: 'marie-dupont',
        createdAt: iso(end - 6 * DAY),
        labels: [issues[0]?.labels?.[0] ?? 'feedback'],
        comments: [],
    });
}
function teamIssues(random, input) {
    const count = random.int(0, 4);
    return Array.from({ length: count }, () => {
        const created = input.end - random.float(0.5, ACTIVITY_DAYS) * DAY;
        const closed = created + random.float(1, 20) * DAY;
        const label = random.pick(['bug', 'amélioration', 'dépendances']);
        return {
            title: label === 'bug' ? 'Erreur 500 sur l’export' : `Tâche : ${label}`,
            author: memberOf(random, input.team).login,
            createdAt: iso(created),
            closedAt: closed <= input.end && random.chance(0.5) ? iso(closed) : null,
            labels: [label],
            comments: [],
        };
    });
}
//# sourceMappingURL=sample-activity.js.map