/**
 * A small product for the starter-document tests, in our own words: a README whose lead says what
 * the service does, and a beta.gouv.fr-like record with a mission, a stats page, a phase and an
 * investment committee still to come — but no vision, indicators or roadmap of its own.
 */

export const DRAFT_README = `# Atelier Covoiturage

[![CI](https://example.org/badge.svg)](https://example.org/ci)

Atelier Covoiturage met en relation les salariés d'une même zone d'activité pour partager leurs trajets domicile-travail.

Installation : \`npm install\` puis \`npm start\`.

## Développement

Les tests se lancent avec \`npm test\`.
`;

export const DRAFT_RECORD_ID = 'atelier-covoiturage';

export const DRAFT_RECORD = `---
title: Atelier Covoiturage
mission: Réduire l'autosolisme sur les trajets domicile-travail des zones d'activité
link: https://atelier-covoiturage.example.gouv.fr
stats_url: https://atelier-covoiturage.example.gouv.fr/statistiques
incubator: exemple
phases:
  - name: investigation
    start: 2026-01-05
  - name: construction
    start: 2026-06-15
events:
  - name: committee
    date: 2026-06-10
    comment: Passage en construction
  - name: committee
    date: 2027-01-19
    comment: Comité de suivi
---
`;

export const DRAFT_CONFIG = `product:
  betagouv: ${DRAFT_RECORD_ID}
coaching:
  pullRequests: true
`;
