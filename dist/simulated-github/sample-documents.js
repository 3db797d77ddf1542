/**
 * French product documents for the sample organisations, written as public-sector product teams
 * write them: a vision following the guide's checklist, indicators (success, impact, direction
 * with targets), a short-term roadmap whose calendar is dated from when it was written, and a
 * README. Each comes complete or partial, as a file (`# Vision`) or as a README / product sheet
 * section (`## Vision` with `###` sub-sections).
 */
export const SAMPLE_THEMES = [
    {
        slug: 'jeunes',
        label: 'jeunes',
        possessive: null,
        purpose: 'permettre à chaque jeune de connaître en 5 minutes les aides auxquelles il a droit',
        users: 'les jeunes de 16 à 30 ans et les conseillers qui les accompagnent',
        problem: 'les aides sont dispersées entre une dizaine de guichets et beaucoup ne sont jamais demandées',
        solution: 'un simulateur unique qui liste les aides et explique comment les obtenir',
        impact: 'réduire le non-recours aux aides des jeunes',
        objective: 'Faire connaître leurs droits aux jeunes',
        kpi: 'Taux de simulations menées à terme',
        impactIndicator: 'Demandes d’aide déposées après une simulation',
        direction: 'Part des visites venant des conseillers',
        initiatives: ['Ajouter les aides des régions', 'Tester le parcours avec 10 conseillers'],
        dependency: 'Dépend de l’API des aides locales ; risque de retard de la convention',
    },
    {
        slug: 'social',
        label: 'social',
        possessive: null,
        purpose: 'donner aux travailleurs sociaux un dossier de suivi simple et partagé',
        users: 'les travailleurs sociaux des CCAS et des départements',
        problem: 'le suivi des personnes se fait sur des tableurs, sans historique ni partage',
        solution: 'un carnet de suivi en ligne, sécurisé et prêt en une journée',
        impact: 'libérer du temps pour l’accompagnement des personnes',
        objective: 'Simplifier le suivi des accompagnements',
        kpi: 'Structures utilisant le service chaque semaine',
        impactIndicator: 'Temps de saisie par entretien',
        direction: 'Nombre de dossiers partagés entre structures',
        initiatives: ['Importer les dossiers existants', 'Ouvrir les statistiques aux départements'],
        dependency: 'Dépend de l’homologation de sécurité ; risque : charge des équipes de support',
    },
    {
        slug: 'formation',
        label: 'formation',
        possessive: 'ta',
        purpose: 'permettre à chaque demandeur d’emploi de trouver une formation près de chez lui',
        users: 'les demandeurs d’emploi et les conseillers des agences locales',
        problem: 'les offres sont éparpillées et les usagers ne savent pas lesquelles sont financées',
        solution: 'un moteur de recherche unique, avec le reste à charge affiché',
        impact: 'réduire de moitié le délai d’entrée en formation',
        objective: 'Faciliter l’entrée en formation',
        kpi: 'Taux d’usage mensuel',
        impactIndicator: 'Délai d’entrée en formation',
        direction: 'Durée de session moyenne',
        initiatives: ['Intégrer le catalogue régional', 'Tester le parcours avec 10 conseillers'],
        dependency: 'Dépend de l’API du catalogue régional ; risque de retard de la convention',
    },
    {
        slug: 'logement',
        label: 'logement',
        possessive: 'ton',
        purpose: 'aider chaque locataire à faire valoir ses droits face à un logement indigne',
        users: 'les locataires, les associations et les services d’hygiène des communes',
        problem: 'les signalements se perdent entre les acteurs et les délais de visite sont longs',
        solution: 'un signalement en ligne transmis au bon service, suivi de bout en bout',
        impact: 'réduire le délai de traitement des signalements',
        objective: 'Mieux traiter les signalements de logement indigne',
        kpi: 'Signalements déposés en ligne',
        impactIndicator: 'Délai entre le signalement et la visite',
        direction: 'Part des signalements complets au premier envoi',
        initiatives: ['Ouvrir le service à 5 nouveaux départements', 'Ajouter le suivi par SMS'],
        dependency: 'Dépend du raccordement aux logiciels des communes ; risque : adhésion des partenaires',
    },
    {
        slug: 'emploi',
        label: 'emploi',
        possessive: 'ton',
        purpose: 'rapprocher les personnes éloignées de l’emploi des employeurs qui recrutent',
        users: 'les personnes en insertion, les structures d’insertion et les employeurs',
        problem: 'les candidatures passent par des courriels et des tableurs, sans suivi',
        solution: 'une plateforme de candidatures partagée entre prescripteurs et employeurs',
        impact: 'augmenter le nombre d’embauches en insertion',
        objective: 'Fluidifier les recrutements en insertion',
        kpi: 'Candidatures envoyées par mois',
        impactIndicator: 'Embauches réalisées via la plateforme',
        direction: 'Délai moyen de réponse des employeurs',
        initiatives: ['Ouvrir les candidatures spontanées', 'Relancer automatiquement les employeurs'],
        dependency: 'Dépend des données des opérateurs de l’emploi ; risque juridique sur leur partage',
    },
    {
        slug: 'sante',
        label: 'santé',
        possessive: null,
        purpose: 'aider chaque patient à trouver un professionnel de santé disponible près de chez lui',
        users: 'les patients sans médecin traitant et les maisons de santé',
        problem: 'les créneaux disponibles sont invisibles et les patients renoncent aux soins',
        solution: 'un annuaire des créneaux ouverts, mis à jour par les professionnels',
        impact: 'réduire le renoncement aux soins',
        objective: 'Réduire le renoncement aux soins',
        kpi: 'Rendez-vous pris via le service',
        impactIndicator: 'Patients ayant trouvé un médecin traitant',
        direction: 'Créneaux publiés par semaine',
        initiatives: ['Ajouter les centres de santé', 'Envoyer des rappels de rendez-vous'],
        dependency: 'Dépend de l’annuaire santé national ; risque : faible adoption des professionnels',
    },
    {
        slug: 'handicap',
        label: 'handicap',
        possessive: null,
        purpose: 'simplifier les demandes d’aide des personnes en situation de handicap',
        users: 'les personnes en situation de handicap, leurs aidants et les agents des MDPH',
        problem: 'le dossier papier est long, souvent incomplet, et renvoyé plusieurs fois',
        solution: 'un formulaire en ligne guidé qui vérifie les pièces avant l’envoi',
        impact: 'diviser par deux les dossiers incomplets',
        objective: 'Simplifier les demandes d’aide',
        kpi: 'Demandes déposées en ligne',
        impactIndicator: 'Part des dossiers incomplets',
        direction: 'Taux d’abandon du formulaire',
        initiatives: ['Relier le formulaire aux logiciels des MDPH', 'Tester le parcours avec des aidants'],
        dependency: 'Dépend des éditeurs de logiciels des MDPH ; risque de retard des raccordements',
    },
    {
        slug: 'retraite',
        label: 'retraite',
        possessive: 'ta',
        purpose: 'permettre à chacun de préparer son départ à la retraite sans mauvaise surprise',
        users: 'les futurs retraités et les conseillers des caisses',
        problem: 'les relevés de carrière sont incomplets et les usagers découvrent les erreurs trop tard',
        solution: 'un relevé de carrière vérifiable en ligne, avec les corrections à demander',
        impact: 'réduire les erreurs de calcul des pensions',
        objective: 'Fiabiliser les relevés de carrière',
        kpi: 'Relevés consultés par mois',
        impactIndicator: 'Corrections demandées avant le départ',
        direction: 'Délai de traitement des corrections',
        initiatives: ['Ajouter les périodes à l’étranger', 'Simplifier la demande de correction'],
        dependency: 'Dépend des données des régimes complémentaires ; risque de qualité des données',
    },
    {
        slug: 'entreprises',
        label: 'entreprises',
        possessive: null,
        purpose: 'aider les petites entreprises à trouver les aides publiques qui leur correspondent',
        users: 'les dirigeants de TPE et de PME et les conseillers des chambres consulaires',
        problem: 'plus de 2 000 dispositifs existent et les entreprises ne savent pas par où commencer',
        solution: 'un moteur de recherche des aides filtré par situation, avec un contact pour chaque aide',
        impact: 'augmenter le recours aux aides des petites entreprises',
        objective: 'Faire connaître les aides aux petites entreprises',
        kpi: 'Recherches menées à terme',
        impactIndicator: 'Mises en relation avec un conseiller',
        direction: 'Part des entreprises revenant sur le service',
        initiatives: ['Ajouter les aides régionales', 'Proposer une alerte sur les nouvelles aides'],
        dependency: 'Dépend des fiches des opérateurs ; risque : fiches non mises à jour',
    },
    {
        slug: 'aidants',
        label: 'aidants',
        possessive: null,
        purpose: 'donner aux proches aidants un point d’entrée unique vers leurs droits et les solutions de répit',
        users: 'les proches aidants et les plateformes de répit',
        problem: 'les aidants s’épuisent et ignorent les solutions de répit près de chez eux',
        solution: 'un annuaire des solutions de répit et un simulateur des droits',
        impact: 'augmenter le recours aux solutions de répit',
        objective: 'Faire connaître les solutions de répit',
        kpi: 'Visiteurs uniques par mois',
        impactIndicator: 'Contacts pris avec une plateforme de répit',
        direction: 'Part des visites sur mobile',
        initiatives: ['Ajouter les accueils de jour', 'Traduire le parcours en langue facile à lire'],
        dependency: 'Dépend des données des agences régionales ; risque : annuaire incomplet',
    },
    {
        slug: 'etudiants',
        label: 'étudiants',
        possessive: null,
        purpose: 'permettre à chaque étudiant de demander ses aides sans remplir trois dossiers',
        users: 'les étudiants boursiers et les services des CROUS',
        problem: 'les mêmes pièces sont demandées plusieurs fois et les versements arrivent en retard',
        solution: 'un dossier unique qui réutilise les données déjà connues de l’administration',
        impact: 'verser les aides dès la rentrée',
        objective: 'Verser les aides à temps',
        kpi: 'Dossiers déposés en ligne',
        impactIndicator: 'Délai de premier versement',
        direction: 'Pièces justificatives demandées par dossier',
        initiatives: ['Réutiliser les données fiscales', 'Envoyer l’avis de versement par courriel'],
        dependency: 'Dépend de l’API de la DGFiP ; risque de retard de l’habilitation',
    },
    {
        slug: 'familles',
        label: 'familles',
        possessive: null,
        purpose: 'aider les familles à trouver un mode de garde adapté près de chez elles',
        users: 'les parents de jeunes enfants et les relais petite enfance',
        problem: 'les places disponibles sont inconnues et les démarches se font guichet par guichet',
        solution: 'une carte des places disponibles avec une demande en ligne unique',
        impact: 'réduire le temps de recherche d’un mode de garde',
        objective: 'Simplifier la recherche d’un mode de garde',
        kpi: 'Demandes de place envoyées',
        impactIndicator: 'Temps de recherche d’un mode de garde',
        direction: 'Places mises à jour chaque semaine',
        initiatives: ['Ouvrir le service aux assistantes maternelles', 'Ajouter les crèches d’entreprise'],
        dependency: 'Dépend des logiciels des crèches ; risque : mises à jour irrégulières des places',
    },
];
/** First part of a repository name; `trouve` takes the theme's possessive (`trouve-ta-formation`). */
const NAME_PREFIXES = [
    { slug: 'aides', label: 'Aides' },
    { slug: 'mon-suivi', label: 'Mon suivi' },
    { slug: 'mon-espace', label: 'Mon espace' },
    { slug: 'simulateur', label: 'Simulateur' },
    { slug: 'portail', label: 'Portail' },
    { slug: 'carnet', label: 'Carnet' },
    { slug: 'guichet', label: 'Guichet' },
    { slug: 'annuaire', label: 'Annuaire' },
    { slug: 'demarches', label: 'Démarches' },
    { slug: 'signalement', label: 'Signalement' },
    { slug: 'rdv', label: 'RDV' },
    { slug: 'trouve', label: 'Trouve' },
];
/** Every prefix × theme name, in a fixed order (the generator shuffles them by seed). */
export const SAMPLE_NAMES = NAME_PREFIXES.flatMap((prefix) => SAMPLE_THEMES.flatMap((theme) => {
    if (prefix.slug !== 'trouve') {
        return [{ slug: `${prefix.slug}-${theme.slug}`, label: `${prefix.label} ${theme.label}`, theme }];
    }
    if (theme.possessive === null)
        return [];
    return [
        {
            slug: `trouve-${theme.possessive}-${theme.slug}`,
            label: `Trouve ${theme.possessive} ${theme.label}`,
            theme,
        },
    ];
}));
const MONTHS_FR = [
    'Janvier',
    'Février',
    'Mars',
    'Avril',
    'Mai',
    'Juin',
    'Juillet',
    'Août',
    'Septembre',
    'Octobre',
    'Novembre',
    'Décembre',
];
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function headings(placement) {
    const top = '#'.repeat(placement.level);
    return { top: `${top} ${placement.heading}`, sub: `${top}#` };
}
export function visionText(theme, quality, placement) {
    const { top, sub } = headings(placement);
    const lines = [
        top,
        '',
        `Notre raison d’être : ${theme.purpose}.`,
        '',
        `${sub} Utilisateurs`,
        `${capitalise(theme.users)}.`,
    ];
    if (quality === 'complete') {
        lines.push('', `${sub} Problèmes et besoins`, `${capitalise(theme.problem)}.`, '', `${sub} Solution et proposition de valeur`, `${capitalise(theme.solution)} : c’est notre axe différenciant.`, '', `${sub} Résultats attendus`, `Impact attendu : ${theme.impact}.`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * Indicators; `figures` sets the measured value and the target of the success indicator (two
 * numbers between 0 and 100, drawn by the generator).
 */
export function indicatorsText(theme, quality, placement, figures, statsUrl) {
    const { top, sub } = headings(placement);
    if (quality === 'partial') {
        return `${top}\n\n- Nombre de visites : voir le tableau de bord ${statsUrl}\n`;
    }
    return [
        top,
        '',
        `${sub} Objectifs`,
        `- ${theme.objective}.`,
        '',
        `${sub} Indicateurs de succès (KPI)`,
        `- ${theme.kpi} : ${figures.current} % aujourd’hui (cible : ${figures.target} %).`,
        '',
        `${sub} Indicateurs d’impact`,
        `- ${theme.impactIndicator} : réduction de 30 % visée.`,
        '',
        `${sub} Indicateurs de direction`,
        `- ${theme.direction}, tendance suivie chaque mois.`,
        '',
        `Les chiffres sont publiés sur ${statsUrl}.`,
        '',
    ].join('\n');
}
/** A calendar entry `Mars 2027` for the month `offset` months after `from`. */
function monthName(from, offset) {
    const month = from.getUTCMonth() + offset;
    const year = from.getUTCFullYear() + Math.floor(month / 12);
    return `${MONTHS_FR[((month % 12) + 12) % 12]} ${year}`;
}
/**
 * A roadmap as written on `writtenAt`: its calendar names the months after that day, so a roadmap
 * written long ago plans for months already past.
 */
export function roadmapText(theme, quality, placement, writtenAt) {
    const { top, sub } = headings(placement);
    const [first, second] = theme.initiatives;
    if (quality === 'partial')
        return `${top}\n\n${sub} Priorités\n- ${first}\n- ${second}\n`;
    const lines = [
        top,
        '',
        `${sub} Objectifs prioritaires`,
        `- ${theme.objective}.`,
        '',
        `${sub} Initiatives clés`,
        `- ${first}`,
        `- ${second}`,
        '',
        `${sub} Dépendances et risques`,
        `- ${theme.dependency}.`,
        '',
        `${sub} Calendrier`,
        `- ${monthName(writtenAt, 1)} : ${first.charAt(0).toLowerCase()}${first.slice(1)}`,
        `- ${monthName(writtenAt, 2)} : tests utilisateurs`,
        `- ${monthName(writtenAt, 4)} : ouverture`,
    ];
    if (quality === 'agilefall') {
        const year = writtenAt.getUTCFullYear();
        lines.push('', `${sub} Plan pluriannuel`, 'Nous avons prévu les fonctionnalités à développer sur les 2 prochaines années :', `- ${year + 1} : espace personnel et notifications`, `- ${year + 2} : refonte complète et application mobile`);
    }
    return `${lines.join('\n')}\n`;
}
const RUN_LOCALLY = {
    node: '```sh\nnpm ci\nnpm run dev\n```',
    python: '```sh\npoetry install\npoetry run flask run\n```',
    rails: '```sh\nbundle install\nbin/rails server\n```',
};
/**
 * A README: the product's name and one-line description, the product sections it hosts (already
 * written at level 2), an optional support section, how to run it, the licence.
 */
export function readmeText(options) {
    const parts = [`# ${options.label}\n\n${options.description}\n`];
    if (options.archivedNote)
        parts.push(`> ${options.archivedNote}\n`);
    parts.push(...options.sections);
    if (options.support) {
        parts.push(`## ${options.support.heading}\n\nUne question, un problème ? Écrivez-nous à ${options.support.email} ou ouvrez une issue.\n`);
    }
    parts.push(`## Lancer le projet en local\n\n${RUN_LOCALLY[options.stack]}\n`);
    parts.push('## Licence\n\nMIT\n');
    return parts.join('\n');
}
/** A product sheet (`FICHEPRODUIT.md`) holding several product sections. */
export function productSheetText(label, sections) {
    return [`# Fiche produit : ${label}\n`, ...sections].join('\n');
}
//# sourceMappingURL=sample-documents.js.map