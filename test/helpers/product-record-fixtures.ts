/**
 * beta.gouv.fr-like product records written for the tests (our own words, modelled on the shapes
 * of real records: front matter with mission, phases, stats and impact pages, contact, events;
 * a body with the problem, the users, the solution and the impact).
 */

export function recordText(options: {
  phases?: Array<{ name: string; start: string; end?: string }>;
  statsUrl?: string | null;
  impactUrl?: string | null;
  contact?: string | null;
  body?: string;
  extra?: string;
}): string {
  const phases = (options.phases ?? [{ name: 'acceleration', start: '2025-02-01' }])
    .map((p) => `  - name: ${p.name}\n    start: ${p.start}${p.end ? `\n    end: ${p.end}` : ''}`)
    .join('\n');
  const lines = [
    '---',
    'title: Passerelle Cantine',
    'mission: Aider les communes à servir des repas locaux dans les cantines scolaires',
    'incubator: exemple',
    'link: https://passerelle-cantine.example.gouv.fr',
    'repository: https://github.com/example/passerelle-cantine',
    ...(options.contact === null
      ? []
      : [`contact: ${options.contact ?? 'equipe@passerelle-cantine.example.gouv.fr'}`]),
    ...(options.statsUrl ? [`stats_url: ${options.statsUrl}`] : []),
    ...(options.impactUrl ? [`impact_url: ${options.impactUrl}`] : []),
    'phases:',
    phases,
    'events:',
    '  - name: committee',
    '    date: 2025-01-20',
    '    comment: Passage en accélération',
    ...(options.extra ? [options.extra] : []),
    '---',
    options.body ?? FULL_BODY,
  ];
  return `${lines.join('\n')}\n`;
}

/** A body covering the vision checklist, with an impact section that sets measurable targets. */
export const FULL_BODY = `## Problème

Les gestionnaires de cantine des petites communes ne savent pas quels producteurs locaux peuvent les livrer, et les achats locaux restent rares.

## Utilisateurs

Les gestionnaires de restauration scolaire et les élus des communes rurales.

## Solution

Un annuaire des producteurs qui livrent près de chez soi, avec des commandes groupées entre communes voisines.

## Impact

L'impact attendu est une part plus grande de produits locaux dans les repas servis.

Objectif : plus de produits locaux dans les assiettes. Indicateurs suivis :

- part des achats locaux dans les commandes : de 12 % à 30 % d'ici 2027 ;
- taux d'adoption : 400 communes actives chaque mois, cible fin 2026.
`;

/** A body with a problem and users, no impact section (an early record). */
export const EARLY_BODY = `## Problème

Les gestionnaires de cantine ne trouvent pas de producteurs locaux.

## Utilisateurs

Les gestionnaires de restauration scolaire des petites communes.
`;
