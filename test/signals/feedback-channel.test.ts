import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/default-config.js';
import { available, unavailable } from '../../src/model/part.js';
import type { RawSnapshot } from '../../src/model/raw-snapshot.js';
import { feedbackChannelSignal } from '../../src/signals/feedback-channel/signal.js';
import { buildSnapshot, repoFiles } from '../helpers/snapshot-builder.js';

const NOW = '2026-03-31T12:00:00.000Z';

/** Every part available and empty, at a fixed `now`. */
const snapshot = (overrides: Partial<RawSnapshot> = {}): RawSnapshot =>
  buildSnapshot({ now: NOW, ...overrides });

/** A repository whose files are `contents`' keys plus `extraFiles`. */
function repo(
  contents: Record<string, string>,
  extraFiles: string[] = [],
  overrides: Partial<RawSnapshot> = {},
): RawSnapshot {
  const { files, contents: parts } = repoFiles(contents);
  const paths = files.available ? files.value : [];
  return snapshot({ files: available([...paths, ...extraFiles]), contents: parts, ...overrides });
}

function evaluate(snap: RawSnapshot, config = DEFAULT_CONFIG) {
  return feedbackChannelSignal.evaluate({
    snapshot: snap,
    config,
    thresholds: { ...feedbackChannelSignal.defaults },
    now: new Date(snap.now),
  });
}

const CHOOSER = `blank_issues_enabled: false
contact_links:
  - name: Nous écrire
    url: mailto:contact@beta.gouv.fr
    about: Pour toute question sur le service
`;

describe('feedback-channel', () => {
  it('passes with a feedback issue template and a visible contact path', () => {
    const result = evaluate(
      repo({
        '.github/ISSUE_TEMPLATE/retour-utilisateur.yml': 'name: Retour utilisateur\nbody: []\n',
        '.github/ISSUE_TEMPLATE/config.yml': CHOOSER,
      }),
    );
    expect(result.status).toBe('pass');
    expect(result.score).toBe(100);
    expect(result.metrics).toMatchObject({
      templates: ['.github/ISSUE_TEMPLATE/retour-utilisateur.yml'],
      contactLinks: true,
      structuredChannel: true,
      contactPath: true,
    });
    expect(result.advice).toBeNull();
  });

  it('recognises a template by its content and a README contact section', () => {
    const result = evaluate(
      repo({
        '.github/ISSUE_TEMPLATE/template-1.md':
          '---\nname: Signaler un problème\nabout: Un bug sur le site\n---\n',
        'README.md': '# Service\n\nIntro.\n\n## 📬 Nous contacter\n\nÉcrivez-nous.\n',
      }),
    );
    expect(result.status).toBe('pass');
    expect(result.metrics.readmeSections).toEqual(['README.md#📬 Nous contacter']);
    expect(result.evidence).toContainEqual({ kind: 'section', ref: 'README.md#📬 Nous contacter' });
  });

  it('accepts a discussion category as the structured channel and SUPPORT.md as the contact path', () => {
    const result = evaluate(
      repo({ '.github/SUPPORT.md': '# Support' }, [], {
        discussionCategories: available(['Announcements', 'Q&A', 'Idées']),
      }),
    );
    expect(result.status).toBe('pass');
    expect(result.metrics.discussionCategories).toEqual(['Q&A', 'Idées']);
    expect(result.metrics.supportFiles).toEqual(['.github/SUPPORT.md']);
  });

  it('warns with only a contact path, and asks to say how the feedback it brings is handled', () => {
    const result = evaluate(repo({ 'README.md': '# Service\n\nSupport\n-------\n\nsupport@beta.gouv.fr\n' }));
    expect(result.status).toBe('warn');
    expect(result.score).toBe(60);
    expect(result.advice?.fr).toContain('Vos retours arrivent par support@beta.gouv.fr');
    expect(result.advice?.fr).toContain('tests ou entretiens');
    // Users of a public service do not open GitHub issues: no template is asked for.
    expect(result.advice?.fr).not.toContain('ISSUE_TEMPLATE');
  });

  it('accepts a discussion category form as the structured channel, offline', () => {
    const result = evaluate(
      repo({ '.github/DISCUSSION_TEMPLATE/idees.yml': 'body: []\n', 'docs/CONTACT.md': '# Contact' }, [], {
        discussionCategories: unavailable('offline', 'local checkout'),
      }),
    );
    expect(result.status).toBe('pass');
    expect(result.metrics.templates).toEqual(['.github/DISCUSSION_TEMPLATE/idees.yml']);
  });

  it('warns with only a template, and advises a contact path outside GitHub', () => {
    const result = evaluate(repo({}, ['.github/ISSUE_TEMPLATE/bug_report.md']));
    expect(result.status).toBe('warn');
    expect(result.advice?.en).toContain('You get feedback through .github/ISSUE_TEMPLATE/bug_report.md');
    expect(result.advice?.en).toContain('a contact page or a support address');
  });

  it('fails with no way in, without failing because discussions could not be read', () => {
    const result = evaluate(
      repo(
        {
          'README.md': '# Service\n\n## Installation\n\n## Supported browsers\n',
          '.github/ISSUE_TEMPLATE/config.yml': 'blank_issues_enabled: true\n',
        },
        ['src/index.ts'],
        { discussionCategories: unavailable('offline', 'local checkout') },
      ),
    );
    expect(result.status).toBe('fail');
    expect(result.score).toBe(0);
    expect(result.metrics.discussionsChecked).toBe(false);
    expect(result.measured.fr).toContain('catégories de discussion non vérifiées');
  });

  it('ignores an unparsable template chooser and templates unrelated to feedback', () => {
    const result = evaluate(
      repo({
        '.github/ISSUE_TEMPLATE/config.yml': 'contact_links: [\n',
        '.github/ISSUE_TEMPLATE/release-checklist.md': 'Steps to cut a release',
      }),
    );
    expect(result.status).toBe('fail');
  });

  it('is unknown when the file list cannot be read', () => {
    const result = evaluate(snapshot({ files: unavailable('api-fault', '502') }));
    expect(result.status).toBe('unknown');
    expect(result.score).toBeNull();
  });
});

/** Our own fixtures, modelled on where public-sector teams document how users reach them. */
describe('feedback-channel: where real teams document the way in', () => {
  it('passes on a CONTRIBUTING section telling users to open an issue for a request', () => {
    const contributing = [
      '# Contribuer',
      '',
      '## Proposer une nouvelle démarche',
      '',
      'Pour suggérer une démarche, **créez une _issue_** par démarche, avec un lien vers sa source officielle.',
    ].join('\n');
    const result = evaluate(repo({ 'CONTRIBUTING.md': contributing, 'README.md': '# Service' }));
    expect(result.status).toBe('pass');
    expect(result.metrics.issueProcess).toEqual(['CONTRIBUTING.md#Proposer une nouvelle démarche']);
    expect(result.measured.en).toContain('issue or ticket process described in CONTRIBUTING.md#Proposer');
  });

  it('passes on a CONTRIBUTING "Retours utilisateurs" section naming a support tool and issues', () => {
    const contributing = [
      '# Contribuer',
      '## Retours utilisateurs',
      'Les messages arrivent dans [Crisp](https://crisp.chat/fr) ; une demande de fonctionnalité devient un ticket que nous ouvrons sur GitHub.',
    ].join('\n');
    const result = evaluate(repo({ 'CONTRIBUTING.md': contributing }));
    expect(result.status).toBe('pass');
    expect(result.metrics.contactPages).toEqual(['https://crisp.chat/fr']);
  });

  it('passes on a README "Contributions" section with a mailto: and a new-issue link', () => {
    const readme = [
      '# Service',
      '## Contributions',
      '- Un problème ? Écrivez à [equipe@example.gouv.fr](mailto:equipe@example.gouv.fr).',
      '- Un bug technique ? [Ouvrez un ticket](https://github.com/example/service/issues/new).',
    ].join('\n');
    const result = evaluate(repo({ 'README.md': readme }));
    expect(result.status).toBe('pass');
    expect(result.metrics).toMatchObject({
      forumLinks: ['https://github.com/example/service/issues/new'],
      contactPages: ['mailto:equipe@example.gouv.fr'],
    });
    expect(result.evidence).toContainEqual({
      kind: 'url',
      ref: 'mailto:equipe@example.gouv.fr',
      label: 'equipe@example.gouv.fr',
    });
  });

  it('passes on FAQ and forum links in the README lead', () => {
    const readme = [
      '# Service',
      '',
      'Ce README s’adresse aux développeurs. Pour les utilisateurs :',
      '- [FAQ](https://faq.service.example.fr/)',
      '- [Forum des utilisateurs](https://forum.service.example.fr)',
      '',
      '## Architecture',
    ].join('\n');
    const result = evaluate(repo({ 'README.md': readme }));
    expect(result.status).toBe('pass');
    expect(result.measured.fr).toContain('https://faq.service.example.fr/ « FAQ » (dans README.md)');
  });

  it('warns on a bare GitLab service-desk template: a way in, not documented for users', () => {
    const result = evaluate(
      repo({ '.gitlab/issue_templates/Service_desk.md': '/label ~"SAV::nouveau"', 'README.md': '# Service' }),
    );
    expect(result.status).toBe('warn');
    expect(result.metrics.templates).toEqual(['.gitlab/issue_templates/Service_desk.md']);
  });

  it('reads a docs page about contributing, with a "Signaler un problème" section', () => {
    const result = evaluate(
      repo({
        'CONTRIBUTING.md': '[Voir docs/2-contribuer.md](docs/2-contribuer.md)',
        'docs/2-contribuer.md':
          '# Contribuer\n## Signaler un problème\nÉcrivez au [support](mailto:support@example.fr).',
        '.github/issue_template.md': '---\nname: Ticket\nabout: Rapport de bug ou demande\n---\n',
      }),
    );
    expect(result.status).toBe('pass');
    expect(result.metrics.readmeSections).toEqual(['docs/2-contribuer.md#Signaler un problème']);
  });

  it('declared channels replace detection, shown as declared', () => {
    const config = {
      ...DEFAULT_CONFIG,
      feedback: { ...DEFAULT_CONFIG.feedback, channels: ['https://aide.example.fr', 'equipe@example.fr'] },
    };
    const result = evaluate(repo({ '.github/ISSUE_TEMPLATE/bug.md': 'bug' }), config);
    expect(result.status).toBe('pass');
    expect(result.evidence).toEqual([
      { kind: 'url', ref: 'https://aide.example.fr', declared: true },
      { kind: 'url', ref: 'mailto:equipe@example.fr', declared: true },
    ]);
    expect(result.measured.fr).toBe(
      'Canal de retours déclaré dans la configuration : https://aide.example.fr, equipe@example.fr (déclaré, non vérifié).',
    );
  });

  it('documents.exclude removes a false find', () => {
    const config = {
      ...DEFAULT_CONFIG,
      documents: { ...DEFAULT_CONFIG.documents, exclude: ['.github/ISSUE_TEMPLATE/**'] },
    };
    const result = evaluate(
      repo({ '.github/ISSUE_TEMPLATE/bug.md': 'bug', 'SUPPORT.md': '# Support' }),
      config,
    );
    expect(result.status).toBe('warn');
    expect(result.metrics.templates).toEqual([]);
  });
});
