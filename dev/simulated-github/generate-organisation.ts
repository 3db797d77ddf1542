/**
 * A deterministic generator of sample organisations for the simulated GitHub: N repositories of
 * French public-sector products with varied, realistic profiles (see `SAMPLE_PROFILES`), from a
 * seed. The same options always give deep-equal specs: a seeded PRNG (mulberry32) drives every
 * choice, and every date is relative to `options.now` (never the clock).
 *
 * Each repository has its own PRNG stream (seed × index), so repository `i` is the same whatever
 * the number of repositories asked for, and `sampleRepositories` can stream a large organisation
 * without holding it. Repositories stay small (tens of commits, issues and deployments) except the
 * `huge-issue-count` ones (1,500 feedback issues).
 *
 * What each profile holds (anything not listed is drawn at random) → what a scan judges:
 *
 * | profile                    | holds                                                                  | judgement                                    |
 * | -------------------------- | ---------------------------------------------------------------------- | -------------------------------------------- |
 * | `healthy`                  | 3–6 people sharing the work; complete, fresh vision/indicators/roadmap; | grade A or B                                 |
 * |                            | 2–5 production deployments a week; a release every 7–21 days;          |                                              |
 * |                            | feedback answered within hours; issue template and README support      |                                              |
 * | `no-documents`             | no product document, no README product section                         | indicators, roadmap `fail`; vision at most `warn` (README lead) |
 * | `stale-roadmap`            | a roadmap file unchanged for 100–400 days (a third of them Agilefall)  | roadmap `warn` (stale)                       |
 * | `vision-in-readme`         | a complete vision as a README section (`## Vision`, `## Notre vision`…) | vision `pass` from the README section        |
 * | `slow-feedback`            | 8–20 feedback issues, 10–60 % answered in time, the others days later  | feedback-handling `warn`/`fail`, answered    |
 * | `unanswered-feedback`      | 6–15 feedback issues, at most a quarter answered; bots comment         | feedback-handling `fail`, unanswered counted |
 * | `deploys-with-deployments` | GitHub deployments to `production`/`prod` from a deploy job            | deployment-frequency source `deployments`    |
 * | `deploys-with-workflow`    | deploy workflow runs, no production deployment (maybe review apps)    | source `workflow-runs`                       |
 * | `deploys-with-paas`        | a `Procfile` and/or `scalingo.json`, no deployment nor deploy run      | source `paas-pushes`                         |
 * | `no-deployments`           | CI only                                                                | deployment-frequency `unknown`               |
 * | `release-driven`           | a release every 7–21 days, a workflow deploying each one               | release-cadence `pass` from releases         |
 * | `archived`                 | the archived flag; everything 6 months to 2 years old                  | every signal `not-applicable`                |
 * | `issues-disabled`          | issues turned off, none listed, no issue template                      | feedback-handling `unknown` (`disabled`)     |
 * | `huge-issue-count`         | 1,500 feedback issues in the window                                    | feedback-handling counts all 1,500           |
 *
 * `test/simulated-github/generate-organisation.test.ts` scans each profile through the real core.
 */
import type { SimulatedRepositorySpec } from './repository-spec.js';
import {
  DAY,
  makeCommits,
  makeDelivery,
  makeIssues,
  makeReleases,
  makeTeam,
  pickFeedbackLabel,
  workingTime,
} from './sample-activity.js';
import {
  type DocumentPlacement,
  type IndicatorsQuality,
  indicatorsText,
  productSheetText,
  type RoadmapQuality,
  readmeText,
  roadmapText,
  SAMPLE_NAMES,
  type SampleName,
  type SampleStack,
  type VisionQuality,
  visionText,
} from './sample-documents.js';
import {
  type DocumentsTrait,
  isSampleProfile,
  PROFILE_TRAITS,
  type ProfileTraits,
  profileAt,
  type SampleProfile,
} from './sample-profiles.js';
import { mixSeed, type SeededRandom, seededRandom } from './seeded-random.js';

export { SAMPLE_PROFILES, type SampleProfile } from './sample-profiles.js';

export interface SampleOrganisationOptions {
  /** The organisation's login, owner of every repository. */
  owner: string;
  /** How many repositories (0 or more). */
  repositories: number;
  /** Any integer: the same seed gives the same organisation. */
  seed: number;
  /** The instant every date is relative to (the scans' `now`). */
  now: Date;
  /**
   * Profiles to cycle through, in order. Default: every profile, with `huge-issue-count` one
   * repository in 50 (see `profileAt`).
   */
  profiles?: SampleProfile[];
}

export interface SampleRepository {
  spec: SimulatedRepositorySpec;
  profile: SampleProfile;
}

/** The organisation's repositories, in order. */
export function generateOrganisation(options: SampleOrganisationOptions): SampleRepository[] {
  return [...sampleRepositories(options)];
}

/** The same repositories as `generateOrganisation`, one at a time (for very large organisations). */
export function* sampleRepositories(options: SampleOrganisationOptions): Generator<SampleRepository> {
  const organisation = organisationOf(options);
  for (let index = 0; index < options.repositories; index++) yield sampleRepository(organisation, index);
}

interface Organisation {
  owner: string;
  seed: number;
  now: number;
  profiles: readonly SampleProfile[] | undefined;
  /** A seeded permutation of `SAMPLE_NAMES`' indices. */
  names: number[];
}

const NAME_STREAM = 0x6e616d65;
const REPOSITORY_STREAM = 0x7265706f;

function organisationOf(options: SampleOrganisationOptions): Organisation {
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
    if (profiles.length === 0) throw new Error('generateOrganisation: `profiles` must not be empty');
    const unknown = profiles.filter((profile) => !isSampleProfile(profile));
    if (unknown.length > 0) throw new Error(`generateOrganisation: unknown profile(s) ${unknown.join(', ')}`);
  }
  const names = seededRandom(mixSeed(seed, NAME_STREAM)).shuffle(SAMPLE_NAMES.map((_, index) => index));
  return { owner, seed, now: now.getTime(), profiles: profiles && [...profiles], names };
}

/** Unique names: the shuffled prefix × theme names, then the same with `-2`, `-3`… */
function nameAt(organisation: Organisation, index: number): SampleName {
  const count = organisation.names.length;
  const name = SAMPLE_NAMES[organisation.names[index % count] as number] as SampleName;
  const round = Math.floor(index / count);
  return round === 0
    ? name
    : { ...name, slug: `${name.slug}-${round + 1}`, label: `${name.label} ${round + 1}` };
}

// --- One repository ------------------------------------------------------------------------------

interface StackFiles {
  sources: string[];
  manifest: string;
  lock: string;
  test: string;
  procfile: string;
}

const STACKS: Record<SampleStack, StackFiles> = {
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
const STACK_NAMES = Object.keys(STACKS) as SampleStack[];
/** Source files' text: the scan never reads them, so one shared string keeps memory low. */
const SOURCE_TEXT = '…\n';

function sampleRepository(organisation: Organisation, index: number): SampleRepository {
  const profile = profileAt(index, organisation.profiles);
  const traits = PROFILE_TRAITS[profile];
  const random = seededRandom(mixSeed(organisation.seed, index, REPOSITORY_STREAM));
  const name = nameAt(organisation, index);
  const end = traits.archived ? organisation.now - random.int(180, 700) * DAY : organisation.now;
  const stackName = random.pick(STACK_NAMES);
  const stack = STACKS[stackName];
  const team = makeTeam(random, traits.team);

  const documents = renderDocuments(
    random,
    planDocuments(random, traits.documents, end, name),
    name.label,
    end,
  );
  const { releases, tags, releaseTimes } = makeReleases(random, traits.releases, end);
  const delivery = makeDelivery(random, traits.deployments, {
    end,
    stack,
    releaseTimes,
    frequent: profile === 'healthy',
  });
  const feedbackLabel = pickFeedbackLabel(random);
  const channel = feedbackChannel(random, traits, profile === 'healthy', feedbackLabel, name.slug);

  const files: Record<string, string> = {};
  for (const path of stack.sources) files[path] = SOURCE_TEXT;
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

  const spec: SimulatedRepositorySpec = {
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

// --- Product documents ---------------------------------------------------------------------------

type DocumentKind = 'vision' | 'indicators' | 'roadmap';

/** A file of its own, or a section of one of these containers. */
const CONTAINERS = ['README.md', 'FICHEPRODUIT.md'] as const;

interface Place {
  path: string;
  heading: string;
}

const PLACES: Record<DocumentKind, Place[]> = {
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
const README_VISION_PLACES: Place[] = [
  { path: 'README.md', heading: 'Vision' },
  { path: 'README.md', heading: 'Notre vision' },
  { path: 'README.md', heading: 'Raison d’être' },
];

function isContainer(path: string): boolean {
  return (CONTAINERS as readonly string[]).includes(path);
}

interface DocumentPlan {
  kind: DocumentKind;
  place: Place;
  /** Last change. */
  time: number;
  render: (placement: DocumentPlacement) => string;
}

function variedQuality(random: SeededRandom): 'complete' | 'partial' | null {
  return random.weighted([
    ['complete', 55],
    ['partial', 25],
    [null, 20],
  ] as const);
}

/**
 * Which documents exist, where, how complete and when they last changed. `complete`: all three,
 * complete and fresh. `none`: none. `stale-roadmap`: a complete roadmap file (a third of them
 * Agilefall) unchanged for 100–400 days. `vision-in-readme`: a complete vision as a README
 * section. Otherwise each document is complete, partial or absent, anywhere, mostly fresh.
 */
function planDocuments(
  random: SeededRandom,
  trait: DocumentsTrait,
  end: number,
  name: SampleName,
): DocumentPlan[] {
  if (trait === 'none') return [];
  const { theme } = name;
  const complete = trait === 'complete';
  const statsUrl = `https://${name.slug}.beta.gouv.fr/stats`;
  const at = (daysAgo: number) => workingTime(random, end, daysAgo);
  const plans: DocumentPlan[] = [];

  const vision: VisionQuality | null =
    complete || trait === 'vision-in-readme' ? 'complete' : variedQuality(random);
  if (vision) {
    plans.push({
      kind: 'vision',
      place: random.pick(trait === 'vision-in-readme' ? README_VISION_PLACES : PLACES.vision),
      time: at(random.int(15, 500)),
      render: (placement) => visionText(theme, vision, placement),
    });
  }

  const indicators: IndicatorsQuality | null = complete ? 'complete' : variedQuality(random);
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

  let roadmap: RoadmapQuality | null;
  let age: number;
  let places = PLACES.roadmap;
  if (complete) {
    roadmap = 'complete';
    age = random.int(2, 60);
  } else if (trait === 'stale-roadmap') {
    roadmap = random.chance(1 / 3) ? 'agilefall' : 'complete';
    age = random.int(100, 400);
    places = places.filter((place) => !isContainer(place.path));
  } else {
    roadmap = random.weighted([
      ['complete', 45],
      ['partial', 25],
      ['agilefall', 10],
      [null, 20],
    ] as const);
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

const CHANGE_MESSAGES: Record<DocumentKind, string> = {
  vision: 'docs: vision produit',
  indicators: 'docs: mise à jour des indicateurs',
  roadmap: 'docs: mise à jour de la feuille de route',
};

interface RenderedDocuments {
  /** Document files and the product sheet, by path (the README is written by the caller). */
  files: Record<string, string>;
  /** Sections the README hosts, at level 2. */
  readmeSections: string[];
  /** The last change of each document file, product sheet and README. */
  changes: Array<{ path: string; time: number; message: string }>;
}

/** Writes the planned documents; a container's last change is its most recent document's. */
function renderDocuments(
  random: SeededRandom,
  plans: readonly DocumentPlan[],
  label: string,
  end: number,
): RenderedDocuments {
  const files: Record<string, string> = {};
  const changes: RenderedDocuments['changes'] = [];
  const sections: Record<(typeof CONTAINERS)[number], { texts: string[]; time: number | null }> = {
    'README.md': { texts: [], time: null },
    'FICHEPRODUIT.md': { texts: [], time: null },
  };
  for (const plan of plans) {
    const { path, heading } = plan.place;
    if (isContainer(path)) {
      const container = sections[path as (typeof CONTAINERS)[number]];
      container.texts.push(plan.render({ level: 2, heading }));
      container.time = Math.max(container.time ?? plan.time, plan.time);
    } else {
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

// --- Feedback channel ----------------------------------------------------------------------------

interface Channel {
  files: Record<string, string>;
  support: { heading: string; email: string } | null;
  discussions: boolean;
}

/**
 * Issue templates (when issues are on), a template chooser with contact links, a README support
 * section, a SUPPORT.md, discussions: healthy repositories always have a template and a section.
 */
function feedbackChannel(
  random: SeededRandom,
  traits: ProfileTraits,
  healthy: boolean,
  label: string,
  slug: string,
): Channel {
  const files: Record<string, string> = {};
  const email = `contact@${slug}.beta.gouv.fr`;
  if (traits.issuesEnabled && (healthy || random.chance(0.75))) {
    if (random.chance(0.5)) {
      files['.github/ISSUE_TEMPLATE/retour-utilisateur.md'] =
        `---\nname: Retour utilisateur\nabout: Signaler un problème ou proposer une amélioration\nlabels: ${label}\n---\n\nDécrivez votre retour :\n`;
    } else {
      files['.github/ISSUE_TEMPLATE/feedback.yml'] =
        `name: Retour utilisateur\ndescription: Un problème, une idée ?\nlabels: ["${label}"]\nbody:\n  - type: textarea\n    attributes:\n      label: Votre retour\n`;
    }
    if (random.chance(0.3)) {
      files['.github/ISSUE_TEMPLATE/config.yml'] =
        `blank_issues_enabled: false\ncontact_links:\n  - name: Nous écrire\n    url: mailto:${email}\n    about: Pour toute question sur votre demande\n`;
    }
  }
  if (random.chance(0.1)) files['SUPPORT.md'] = `# Support\n\nÉcrivez-nous à ${email}.\n`;
  const support =
    healthy || !traits.issuesEnabled || random.chance(0.6)
      ? { heading: random.pick(['Support', 'Nous contacter', 'Contact', 'Aide']), email }
      : null;
  return { files, support, discussions: random.chance(0.1) };
}
