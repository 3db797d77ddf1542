import { DAY, makeCommits, makeDelivery, makeIssues, makeReleases, makeTeam, pickFeedbackLabel, workingTime, } from './sample-activity.js';
import { indicatorsText, productSheetText, readmeText, roadmapText, SAMPLE_NAMES, visionText, } from './sample-documents.js';
import { isSampleProfile, PROFILE_TRAITS, profileAt, } from './sample-profiles.js';
import { mixSeed, seededRandom } from './seeded-random.js';
export { SAMPLE_PROFILES } from './sample-profiles.js';
/** The organisation's repositories, in order. */
export function generateOrganisation(options) {
    return [...sampleRepositories(options)];
}
/** The same repositories as `generateOrganisation`, one at a time (for very large organisations). */
export function* sampleRepositories(options) {
    const organisation = organisationOf(options);
    for (let index = 0; index < options.repositories; index++)
        yield sampleRepository(organisation, index);
}
const NAME_STREAM = 0x6e616d65;
const REPOSITORY_STREAM = 0x7265706f;
function organisationOf(options) {
    const { owner, repositories, seed, now, profiles } = options;
    if (typeof owner !== 'string' || owner.trim() === '') {
        throw new Error('generateOrganisation: `owner` must be a non-empty login');
    }
    if (!Number.isInteger(repositories) || repositories < 0) {
        throw new Error(`generateOrganisation: \`repositories\` must be an integer ≥ 0, not ${repositories}`);
    }
    if (!Number.isInteger(seed))
        throw new Error(`generateOrganisation: \`seed\` must be an integer, not ${seed}`);
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
        throw new Error('generateOrganisation: `now` must be a valid Date');
    }
    if (profiles !== undefined) {
        if (profiles.length === 0)
            throw new Error('generateOrganisation: `profiles` must not be empty');
        const unknown = profiles.filter((profile) => !isSampleProfile(profile));
        if (unknown.length > 0)
            throw new Error(`generateOrganisation: unknown profile(s) ${unknown.join(', ')}`);
    }
    const names = seededRandom(mixSeed(seed, NAME_STREAM)).shuffle(SAMPLE_NAMES.map((_, index) => index));
    return { owner, seed, now: now.getTime(), profiles: profiles && [...profiles], names };
}
/** Unique names: the shuffled prefix × theme names, then the same with `-2`, `-3`… */
function nameAt(organisation, index) {
    const count = organisation.names.length;
    const name = SAMPLE_NAMES[organisation.names[index % count]];
    const round = Math.floor(index / count);
    return round === 0
        ? name
        : { ...name, slug: `${name.slug}-${round + 1}`, label: `${name.label} ${round + 1}` };
}
const STACKS = {
    node: {
        sources: [
            'src/index.ts',
            'src/pages/accueil.tsx',
            'src/pages/demande.tsx',
            'src/lib/api.ts',
            'tests/api.test.ts',
        ],
        manifest: 'package.json',
        lock: 'package-lock.json',
        test: 'npm ci && npm test',
        procfile: 'web: npm start\n',
    },
    python: {
        sources: ['app/__init__.py', 'app/views.py', 'app/models.py', 'app/forms.py', 'tests/test_views.py'],
        manifest: 'pyproject.toml',
        lock: 'poetry.lock',
        test: 'poetry install && poetry run pytest',
        procfile: 'web: gunicorn app.wsgi\n',
    },
    rails: {
        sources: [
            'app/controllers/demandes_controller.rb',
            'app/models/demande.rb',
            'app/views/demandes/new.html.erb',
            'config/routes.rb',
            'spec/models/demande_spec.rb',
        ],
        manifest: 'Gemfile',
        lock: 'Gemfile.lock',
        test: 'bundle exec rspec',
        procfile: 'web: bundle exec puma -C config/puma.rb\n',
    },
};
const STACK_NAMES = Object.keys(STACKS);
/** Source files' text: the scan never reads them, so one shared string keeps memory low. */
const SOURCE_TEXT = '…\n';
function sampleRepository(organisation, index) {
    const profile = profileAt(index, organisation.profiles);
    const traits = PROFILE_TRAITS[profile];
    const random = seededRandom(mixSeed(organisation.seed, index, REPOSITORY_STREAM));
    const name = nameAt(organisation, index);
    const end = traits.archived ? organisation.now - random.int(180, 700) * DAY : organisation.now;
    const stackName = random.pick(STACK_NAMES);
    const stack = STACKS[stackName];
    const team = makeTeam(random, traits.team);
    const documents = renderDocuments(random, planDocuments(random, traits.documents, end, name), name.label, end);
    const { releases, tags, releaseTimes } = makeReleases(random, traits.releases, end);
    const delivery = makeDelivery(random, traits.deployments, {
        end,
        stack,
        releaseTimes,
        frequent: profile === 'healthy',
    });
    const feedbackLabel = pickFeedbackLabel(random);
    const channel = feedbackChannel(random, traits, profile === 'healthy', feedbackLabel, name.slug);
    const files = {};
    for (const path of stack.sources)
        files[path] = SOURCE_TEXT;
    files[stack.manifest] = SOURCE_TEXT;
    files[stack.lock] = SOURCE_TEXT;
    files.LICENSE = 'MIT License\n';
    if (random.chance(0.5))
        files['docs/architecture.md'] = '# Architecture\n\nSchéma des composants et des flux.\n';
    if (random.chance(0.3))
        files['docs/adr/0001-choix-de-la-stack.md'] = `# Choix de la stack\n\n${stackName}\n`;
    Object.assign(files, delivery.files, channel.files);
    files['README.md'] = readmeText({
        label: name.label,
        description: `${name.theme.purpose.charAt(0).toUpperCase()}${name.theme.purpose.slice(1)}.`,
        archivedNote: traits.archived
            ? `Ce service a fermé en ${new Date(end).toISOString().slice(0, 7)} : ce dépôt est archivé.`
            : null,
        sections: documents.readmeSections,
        support: channel.support,
        stack: stackName,
    });
    const initialPaths = Object.keys(files);
    Object.assign(files, documents.files);
    const oldestChange = Math.max(0, ...documents.changes.map((change) => (end - change.time) / DAY));
    const commits = makeCommits(random, {
        team,
        end,
        workPaths: [...stack.sources, stack.manifest],
        initialPaths,
        initialDaysAgo: Math.max(Math.ceil(oldestChange) + random.int(10, 60), random.int(150, 1100)),
        documentChanges: documents.changes,
        lockFile: stack.lock,
    });
    const issues = traits.issuesEnabled
        ? makeIssues(random, traits.feedback, { end, team, feedbackLabel })
        : [];
    const spec = {
        owner: organisation.owner,
        name: name.slug,
        defaultBranch: 'main',
        archived: traits.archived,
        topics: ['produit', name.theme.slug],
        description: `${name.label} — ${name.theme.purpose}`,
        issuesEnabled: traits.issuesEnabled,
        discussionsEnabled: channel.discussions,
        ...(channel.discussions ? { discussionCategories: ['Annonces', 'Questions', 'Idées', 'Retours'] } : {}),
        labels: traits.issuesEnabled ? ['bug', 'amélioration', 'dépendances', feedbackLabel] : ['bug'],
        files,
        commits,
        releases,
        tags,
        deployments: delivery.deployments,
        issues,
        workflowRuns: delivery.workflowRuns,
    };
    return { spec, profile };
}
/** A file of its own, or a section of one of these containers. */
const CONTAINERS = ['README.md', 'FICHEPRODUIT.md'];
const PLACES = {
    vision: [
        { path: 'docs/produit/vision.md', heading: 'Vision' },
        { path: 'VISION.md', heading: 'Vision' },
        { path: 'docs/vision.md', heading: 'Vision produit' },
        { path: 'README.md', heading: 'Vision' },
        { path: 'README.md', heading: 'Notre vision' },
        { path: 'FICHEPRODUIT.md', heading: 'Vision' },
    ],
    indicators: [
        { path: 'INDICATEURS.md', heading: 'Indicateurs' },
        { path: 'STATS.md', heading: 'Statistiques' },
        { path: 'docs/produit/indicateurs.md', heading: 'Indicateurs' },
        { path: 'KPI.md', heading: 'Indicateurs clés' },
        { path: 'README.md', heading: 'Indicateurs' },
        { path: 'README.md', heading: 'Impact' },
        { path: 'FICHEPRODUIT.md', heading: 'Indicateurs' },
    ],
    roadmap: [
        { path: 'FEUILLE-DE-ROUTE.md', heading: 'Feuille de route' },
        { path: 'ROADMAP.md', heading: 'Roadmap' },
        { path: 'docs/produit/feuille-de-route.md', heading: 'Feuille de route' },
        { path: 'docs/roadmap.md', heading: 'Roadmap' },
        { path: 'README.md', heading: 'Feuille de route' },
        { path: 'README.md', heading: 'Prochaines étapes' },
        { path: 'FICHEPRODUIT.md', heading: 'Feuille de route' },
    ],
};
const README_VISION_PLACES = [
    { path: 'README.md', heading: 'Vision' },
    { path: 'README.md', heading: 'Notre vision' },
    { path: 'README.md', heading: 'Raison d’être' },
];
function isContainer(path) {
    return CONTAINERS.includes(path);
}
function variedQuality(random) {
    return random.weighted([
        ['complete', 55],
        ['partial', 25],
        [null, 20],
    ]);
}
/**
 * Which documents exist, where, how complete and when they last changed. `complete`: all three,
 * complete and fresh. `none`: none. `stale-roadmap`: a complete roadmap file (a third of them
 * Agilefall) unchanged for 100–400 days. `vision-in-readme`: a complete vision as a README
 * section. Otherwise each document is complete, partial or absent, anywhere, mostly fresh.
 */
function planDocuments(random, trait, end, name) {
    if (trait === 'none')
        return [];
    const { theme } = name;
    const complete = trait === 'complete';
    const statsUrl = `https://${name.slug}.beta.gouv.fr/stats`;
    const at = (daysAgo) => workingTime(random, end, daysAgo);
    const plans = [];
    const vision = complete || trait === 'vision-in-readme' ? 'complete' : variedQuality(random);
    if (vision) {
        plans.push({
            kind: 'vision',
            place: random.pick(trait === 'vision-in-readme' ? README_VISION_PLACES : PLACES.vision),
            time: at(random.int(15, 500)),
            render: (placement) => visionText(theme, vision, placement),
        });
    }
    const indicators = complete ? 'complete' : variedQuality(random);
    if (indicators) {
        const current = random.int(10, 55);
        const figures = { current, target: current + 5 * random.int(2, 8) };
        plans.push({
            kind: 'indicators',
            place: random.pick(PLACES.indicators),
            time: at(random.int(5, complete ? 120 : 170)),
            render: (placement) => indicatorsText(theme, indicators, placement, figures, statsUrl),
        });
    }
    let roadmap;
    let age;
    let places = PLACES.roadmap;
    if (complete) {
        roadmap = 'complete';
        age = random.int(2, 60);
    }
    else if (trait === 'stale-roadmap') {
        roadmap = random.chance(1 / 3) ? 'agilefall' : 'complete';
        age = random.int(100, 400);
        places = places.filter((place) => !isContainer(place.path));
    }
    else {
        roadmap = random.weighted([
            ['complete', 45],
            ['partial', 25],
            ['agilefall', 10],
            [null, 20],
        ]);
        age = random.chance(0.2) ? random.int(100, 300) : random.int(2, 75);
    }
    if (roadmap) {
        const quality = roadmap;
        const time = at(age);
        plans.push({
            kind: 'roadmap',
            place: random.pick(places),
            time,
            render: (placement) => roadmapText(theme, quality, placement, new Date(time)),
        });
    }
    return plans;
}
const CHANGE_MESSAGES = {
    vision: 'docs: vision produit',
    indicators: 'docs: mise à jour des indicateurs',
    roadmap: 'docs: mise à jour de la feuille de route',
};
/** Writes the planned documents; a container's last change is its most recent document's. */
function renderDocuments(random, plans, label, end) {
    const files = {};
    const changes = [];
    const sections = {
        'README.md': { texts: [], time: null },
        'FICHEPRODUIT.md': { texts: [], time: null },
    };
    for (const plan of plans) {
        const { path, heading } = plan.place;
        if (isContainer(path)) {
            const container = sections[path];
            container.texts.push(plan.render({ level: 2, heading }));
            container.time = Math.max(container.time ?? plan.time, plan.time);
        }
        else {
            files[path] = plan.render({ level: 1, heading });
            changes.push({ path, time: plan.time, message: CHANGE_MESSAGES[plan.kind] });
        }
    }
    const sheet = sections['FICHEPRODUIT.md'];
    if (sheet.time !== null) {
        files['FICHEPRODUIT.md'] = productSheetText(label, sheet.texts);
        changes.push({ path: 'FICHEPRODUIT.md', time: sheet.time, message: 'docs: fiche produit' });
    }
    const readme = sections['README.md'];
    changes.push({
        path: 'README.md',
        time: readme.time ?? workingTime(random, end, random.int(2, 150)),
        message: 'docs: mise à jour du README',
    });
    return { files, readmeSections: readme.texts, changes };
}
/**
 * Issue templates (when issues are on), a template chooser with contact links, a README support
 * section, a SUPPORT.md, discussions: healthy repositories always have a template and a section.
 */
function feedbackChannel(random, traits, healthy, label, slug) {
    const files = {};
    const email = `contact@${slug}.beta.gouv.fr`;
    if (traits.issuesEnabled && (healthy || random.chance(0.75))) {
        if (random.chance(0.5)) {
            files['.github/ISSUE_TEMPLATE/retour-utilisateur.md'] =
                `---\nname: Retour utilisateur\nabout: Signaler un problème ou proposer une amélioration\nlabels: ${label}\n---\n\nDécrivez votre retour :\n`;
        }
        else {
            files['.github/ISSUE_TEMPLATE/feedback.yml'] =
                `name: Retour utilisateur\ndescription: Un problème, une idée ?\nlabels: ["${label}"]\nbody:\n  - type: textarea\n    attributes:\n      label: Votre retour\n`;
        }
        if (random.chance(0.3)) {
            files['.github/ISSUE_TEMPLATE/config.yml'] =
                `blank_issues_enabled: false\ncontact_links:\n  - name: Nous écrire\n    url: mailto:${email}\n    about: Pour toute question sur votre demande\n`;
        }
    }
    if (random.chance(0.1))
        files['SUPPORT.md'] = `# Support\n\nÉcrivez-nous à ${email}.\n`;
    const support = healthy || !traits.issuesEnabled || random.chance(0.6)
        ? { heading: random.pick(['Support', 'Nous contacter', 'Contact', 'Aide']), email }
        : null;
    return { files, support, discussions: random.chance(0.1) };
}
//# sourceMappingURL=generate-organisation.js.map