import { describe, expect, it } from 'vitest';
import { visionChecklist } from '../../src/documents/vision-checklist.js';

describe('visionChecklist', () => {
  it('covers the whole checklist in French', () => {
    const text = [
      '## Notre vision',
      '',
      'Permettre à chaque usager de déclarer un sinistre en moins de dix minutes.',
      '',
      '### Utilisateurs',
      'Les particuliers sinistrés et les agents des préfectures.',
      '### Problèmes',
      'Les démarches papier sont longues ; les irritants sont nombreux.',
      '### Notre solution',
      'Un formulaire en ligne guidé, notre axe différenciant : la pré-instruction automatique.',
      '### Impact attendu',
      'Diviser par deux le délai de traitement.',
    ].join('\n');
    const checklist = visionChecklist(text);
    expect(checklist.covered).toEqual(['purpose', 'users', 'problems', 'solution', 'impact']);
    expect(checklist.missing).toEqual([]);
    expect(checklist.evidence.purpose).toBe(
      'Permettre à chaque usager de déclarer un sinistre en moins de dix minutes.',
    );
    expect(checklist.evidence.users).toContain('usager');
    expect(checklist.evidence.impact).toBe('Impact attendu — Diviser par deux le délai de traitement.');
  });

  it('covers the checklist in English', () => {
    const text = [
      '# Vision',
      'We exist to help small towns publish their budgets.',
      'Our users are city clerks and citizens.',
      'Their pain points: spreadsheets nobody can read.',
      'Value proposition: one click from accounting export to a public page.',
      'Expected outcomes: more citizens reading the budget.',
    ].join('\n');
    expect(visionChecklist(text).covered).toEqual(['purpose', 'users', 'problems', 'solution', 'impact']);
  });

  it('finds only what is there', () => {
    const checklist = visionChecklist(
      '## Vision\n\nNotre service aide les agents à instruire les dossiers plus vite.',
    );
    expect(checklist.covered).toEqual(['purpose', 'users']);
    expect(checklist.missing).toEqual(['problems', 'solution', 'impact']);
  });

  it('does not count a copied, unticked template', () => {
    const template = [
      '## Vision',
      '- [ ] Une phrase qui clarifie la raison d’être du produit.',
      '- [ ] Préciser qui sont les utilisateurs.',
      '- [ ] Identifier les problèmes/besoins à adresser.',
      '- [ ] Définir la solution et sa proposition de valeur : quel est son axe différenciant ?',
      '- [ ] Décrire l’impact attendu.',
    ].join('\n');
    expect(visionChecklist(template).covered).toEqual([]);
  });

  it('does not take a long first paragraph for a one-sentence purpose', () => {
    const long = `## Vision\n\n${'Ce texte est très long et ne dit rien de précis. '.repeat(10)}`;
    expect(visionChecklist(long).covered).not.toContain('purpose');
  });
});

describe('visionChecklist: who the users are, as teams name them', () => {
  it('reads business creators as users', () => {
    expect(
      visionChecklist('Le site accompagne les créateurs d’entreprise dans leurs démarches.').covered,
    ).toContain('users');
  });
});
