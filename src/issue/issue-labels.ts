import type { Language } from '../model/ids.js';

const FR = {
  title: 'Santé produit',
  intro: (url: string) =>
    `Bilan de santé produit du dépôt selon [les piliers d’une organisation produit](${url}), mis à jour par product-health à chaque analyse.`,
  unchanged: 'Aucune note n’a changé depuis le premier bilan de ce ticket.',
  changes: (since: string, parts: string) => `Depuis le ${since}\u00a0: ${parts}.`,
  overallChange: 'note globale',
  seeStep: 'voir l’étape {n}.',
  guideSays: 'Ce que dit le guide',
  unavailableSection: 'Données indisponibles',
  quote: (text: string) => `«\u00a0${text}\u00a0»`,
  omitted: (sections: string) =>
    `Pour rester sous la taille maximale d’un ticket GitHub, ces sections ne sont pas affichées : ${sections}. La commande \`product-health scan\` donne le rapport complet.`,
  footer: 'Les étapes cochées restent cochées\u00a0; fermé, ce ticket n’est plus mis à jour.',
  duplicate: (link: string) =>
    `Ce ticket fait doublon avec le ticket de santé produit suivi par product-health : ${link}. Il est fermé automatiquement ; le suivi continue là-bas.`,
  skippedArchived: 'Dépôt archivé (en lecture seule) : le ticket de santé produit n’est pas tenu à jour.',
  skippedIssuesDisabled:
    'Les tickets (issues) sont désactivés sur ce dépôt : activez-les dans les paramètres du dépôt pour recevoir le ticket de santé produit.',
  leftClosed: (ref: string) =>
    `Le ticket de santé produit (${ref}) a été fermé par un utilisateur : il reste fermé. Rouvrez-le, ou mettez \`issue.reopenClosed: true\` dans \`.github/product-health.yml\`, pour qu’il soit de nouveau tenu à jour.`,
  write: {
    create: 'créer le ticket de santé produit',
    update: (ref: string) => `mettre à jour le ticket de santé produit ${ref}`,
    reopen: (ref: string) => `rouvrir le ticket de santé produit ${ref}`,
    comment: (ref: string) => `commenter le doublon ${ref}`,
    close: (ref: string) => `fermer le doublon ${ref}`,
  },
  failed: (what: string, reason: string) => `Impossible de ${what} : ${reason}`,
  failure: {
    rateLimited: 'GitHub limite le débit des écritures (403) ; réessayez plus tard.',
    forbidden:
      'GitHub a refusé l’écriture (403) : donnez à l’application (ou au jeton) la permission « Issues: write » sur ce dépôt.',
    unauthorized: 'authentification refusée (401) : vérifiez le jeton ou l’installation de l’application.',
    notFound:
      'introuvable (404) : le dépôt ou le ticket n’est pas visible avec ces droits ; donnez la permission « Issues: write » sur ce dépôt.',
    gone: 'les tickets (issues) sont désactivés sur ce dépôt (410) : activez-les dans ses paramètres, ou n’y tenez pas de ticket de santé produit.',
    invalid: (detail: string) => `GitHub a refusé le contenu (422) : ${detail}`,
    serverError: (status: number) =>
      `GitHub a échoué (${status}) malgré les nouvelles tentatives ; réessayez plus tard.`,
    network: (detail: string) => `GitHub n’a pas pu être joint : ${detail}`,
  },
};

type IssueLabels = typeof FR;

const EN: IssueLabels = {
  title: 'Product health',
  intro: (url: string) =>
    `Product-health check of the repository against [the pillars of a product organisation](${url}), updated by product-health on every scan.`,
  unchanged: 'No grade has changed since this issue’s first report.',
  changes: (since: string, parts: string) => `Since ${since}: ${parts}.`,
  overallChange: 'overall grade',
  seeStep: 'see step {n}.',
  guideSays: 'What the guide says',
  unavailableSection: 'Unavailable data',
  quote: (text: string) => `“${text}”`,
  omitted: (sections: string) =>
    `To stay under GitHub’s maximum issue size, these sections are not shown: ${sections}. The \`product-health scan\` command gives the full report.`,
  footer: 'Ticked steps stay ticked; once closed, this issue is no longer updated.',
  duplicate: (link: string) =>
    `This issue duplicates the product-health issue kept by product-health: ${link}. It is closed automatically; follow-up continues there.`,
  skippedArchived: 'Archived repository (read-only): the product-health issue is not kept up to date.',
  skippedIssuesDisabled:
    'Issues are disabled on this repository: enable them in the repository settings to get the product-health issue.',
  leftClosed: (ref: string) =>
    `The product-health issue (${ref}) was closed by a user: it stays closed. Reopen it, or set \`issue.reopenClosed: true\` in \`.github/product-health.yml\`, to have it kept up to date again.`,
  write: {
    create: 'create the product-health issue',
    update: (ref: string) => `update the product-health issue ${ref}`,
    reopen: (ref: string) => `reopen the product-health issue ${ref}`,
    comment: (ref: string) => `comment on the duplicate ${ref}`,
    close: (ref: string) => `close the duplicate ${ref}`,
  },
  failed: (what: string, reason: string) => `Could not ${what}: ${reason}`,
  failure: {
    rateLimited: 'GitHub is rate-limiting writes (403); try again later.',
    forbidden:
      'GitHub refused the write (403): grant the app (or the token) the Issues: write permission on this repository.',
    unauthorized: 'authentication failed (401): check the token or the app installation.',
    notFound:
      'not found (404): the repository or the issue is not visible with these credentials; grant Issues: write on this repository.',
    gone: 'issues are disabled on this repository (410): enable them in its settings, or do not keep a product-health issue there.',
    invalid: (detail: string) => `GitHub rejected the content (422): ${detail}`,
    serverError: (status: number) => `GitHub failed (${status}) even after retries; try again later.`,
    network: (detail: string) => `GitHub could not be reached: ${detail}`,
  },
};

/** Texts of the product-health issue and of the keeper's messages, in the report's language. */
export function issueLabelsFor(language: Language): IssueLabels {
  return language === 'en' ? EN : FR;
}
