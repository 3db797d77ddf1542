import type { FixtureAuthor, FixtureCommit, FixtureTag, GitRepoSpec } from './git-fixture.js';

const DAY = 86_400_000;

export const TEAM: FixtureAuthor[] = [
  { name: 'Camille Martin', email: 'camille@beta.gouv.fr' },
  { name: 'Inès Diallo', email: 'ines@beta.gouv.fr' },
  { name: 'Hugo Bernard', email: 'hugo@beta.gouv.fr' },
];

export const VISION_FR = `# Vision

Notre raison d'être : permettre à chaque demandeur d'emploi de trouver une formation près de chez lui en moins de 10 minutes.

## Utilisateurs
Les demandeurs d'emploi et les conseillers des agences locales.

## Problèmes et besoins
Les offres sont éparpillées ; les usagers ne savent pas lesquelles sont financées.

## Solution et proposition de valeur
Un moteur de recherche unique, avec le reste à charge affiché : c'est notre axe différenciant.

## Impact attendu
Réduire de moitié le délai d'entrée en formation.
`;

export const ROADMAP_FR = `# Feuille de route

## Objectifs prioritaires
- Ouvrir le service à deux nouvelles régions.

## Initiatives clés
- Intégrer le catalogue régional ; tester le parcours avec 10 conseillers.

## Dépendances et risques
- Dépend de l'API du catalogue régional ; risque de retard de la convention.

## Calendrier
- Décembre 2026 : intégration du catalogue.
- Janvier 2027 : tests utilisateurs.
- Février 2027 : ouverture.
`;

export const README_FR = `# Trouve ta formation

Un service public numérique pour trouver une formation.

## Indicateurs

Objectif : faciliter l'entrée en formation.

- Indicateur de succès (KPI) : taux d'usage mensuel, cible 60 %.
- Indicateur d'impact : délai d'entrée en formation divisé par 2.
- Indicateur de direction : durée de session moyenne, tendance à la hausse.

## Support

Écrivez-nous à contact@example.gouv.fr ou ouvrez un ticket.
`;

/**
 * A healthy French product repository as real teams keep one: vision in docs/produit/, roadmap at
 * the root, indicators in a README section, a PaaS Procfile, CI and deploy workflows, three people
 * committing a few times a week and a tag every three weeks — all dated relative to `now`.
 */
export function productRepoSpec(now: string): GitRepoSpec {
  const end = Date.parse(now);
  const at = (daysAgo: number) => new Date(end - daysAgo * DAY).toISOString();
  const commits: FixtureCommit[] = [
    {
      date: at(200),
      author: TEAM[0],
      files: {
        'README.md': README_FR,
        'docs/produit/vision.md': VISION_FR,
        'FEUILLE-DE-ROUTE.md': ROADMAP_FR,
        Procfile: 'web: npm start\n',
        '.github/workflows/ci.yml':
          'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
        '.github/workflows/deploy.yml':
          'name: Déploiement\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    environment: production\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n',
        '.github/ISSUE_TEMPLATE/retour-utilisateur.md':
          '---\nname: Retour utilisateur\nlabels: feedback\n---\nVotre retour :\n',
        'src/index.js': 'export {};\n',
      },
    },
  ];
  for (let daysAgo = 84; daysAgo >= 2; daysAgo -= 3) {
    commits.push({
      date: at(daysAgo),
      author: TEAM[(daysAgo / 3) % TEAM.length],
      files: { 'src/index.js': `export const version = ${daysAgo};\n` },
    });
  }
  commits.push({
    date: at(20),
    author: TEAM[1],
    files: { 'FEUILLE-DE-ROUTE.md': `${ROADMAP_FR}\nMis à jour.\n` },
  });
  commits.push({ date: at(30), author: TEAM[2], files: { 'README.md': `${README_FR}\n` } });
  commits.sort((a, b) => Date.parse(a.date ?? '') - Date.parse(b.date ?? ''));
  const tags: FixtureTag[] = [];
  for (let daysAgo = 80, n = 1; daysAgo > 0; daysAgo -= 21, n++) {
    const index = commits.findIndex((c) => Date.parse(c.date ?? '') >= end - daysAgo * DAY);
    tags.push({ name: `v1.${n}.0`, at: index, annotated: true, date: at(daysAgo) });
  }
  return {
    commits,
    tags,
    origin: { url: 'https://github.com/example/trouve-ta-formation.git', head: 'main' },
  };
}
