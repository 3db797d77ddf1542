/** Product documents written as French teams write them, shared by the analysis and signal tests. */

/** A short-term roadmap with the guide's four components; its calendar ends in T4 2026. */
export const ROADMAP_FR = [
  '# Feuille de route',
  '## Objectifs prioritaires',
  'Ouvrir le service à 3 départements.',
  '## Initiatives clés',
  '- Connexion FranceConnect',
  '## Dépendances et risques',
  'API de la CNAF disponible.',
  '## Calendrier',
  '- Juillet 2026 : pilote',
  '- T4 2026 : ouverture',
].join('\n');

/** Indicators naming objectives, the three kinds of indicators and measurable targets. */
export const INDICATORS_FR = [
  '# Indicateurs',
  '## Objectifs',
  '- Améliorer l’expérience des usagers.',
  '## Indicateurs de succès (KPI)',
  '- Taux d’usage : 35 % des demandes en ligne (cible : 60 %).',
  '## Indicateurs d’impact',
  '- Réduction du délai d’instruction par 2.',
  '## Indicateurs de direction',
  '- Durée de session moyenne.',
].join('\n');
