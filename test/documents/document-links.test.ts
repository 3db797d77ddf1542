import { describe, expect, it } from 'vitest';
import { documentLinks, linkTargets } from '../../src/documents/document-links.js';

describe('linkTargets: what a link points at, from its address and its text', () => {
  it.each([
    // stats, impact, dashboard → indicators (linked, not verified)
    ['https://monservice.example.gouv.fr/stats', 'Statistiques d’usage', ['indicators']],
    ['https://monservice.example.gouv.fr/stats', '', ['indicators']],
    ['https://analytics.example.org/dash/12', 'Tableau de bord public', ['indicators']],
    ['https://example.github.io/usage-site/', 'Site dédié aux données d’usage et à l’impact', ['indicators']],
    ['https://metabase.example.fr/public/dashboard/ab12', 'Suivi', ['indicators']],
    ['https://www.example.fr/impact', 'Notre impact', ['indicators']],
    // product sheet, about page, beta.gouv.fr startup page → vision
    ['https://beta.gouv.fr/startups/mon-service.html', 'beta.gouv.fr', ['vision']],
    ['https://monservice.example.gouv.fr/a-propos', '', ['vision']],
    ['https://wiki.example.org/page/42', 'Fiche produit', ['vision']],
    ['https://example.org/about', 'About us', ['vision']],
    // FAQ, forum, contact, support tool, mailto → feedback channel
    ['mailto:equipe@example.gouv.fr', 'equipe@example.gouv.fr', ['contact']],
    ['https://faq.monservice.example.fr/', 'FAQ', ['help']],
    ['https://forum.monservice.example.fr', 'Forum des utilisateurs', ['forum']],
    ['https://github.com/example/product/issues/new', 'ouvrez un ticket', ['forum']],
    ['https://github.com/example/product/discussions', 'Discussions', ['forum']],
    ['https://crisp.chat/fr', 'Crisp', ['contact']],
    ['https://monservice.example.fr/contact', 'Nous écrire', ['contact']],
  ] as const)('%s « %s » → %j', (url, text, targets) => {
    expect(linkTargets(url, text).sort()).toEqual([...targets].sort());
  });

  it.each([
    // Tool homepages and code repositories are not the team's pages.
    ['https://www.metabase.com/', 'Metabase'],
    ['https://fr.matomo.org/', 'Matomo'],
    ['https://github.com/example/product-stats', 'product-stats'],
    ['https://github.com/example/product/tree/main/packages/impact', 'code source'],
    // A status page is not a statistics page.
    ['https://status.example.gouv.fr', 'Statut de l’API'],
    ['https://docs.example.gouv.fr/installation', 'Installation'],
    // "élément" is not the Element chat.
    ['https://docs.example.gouv.fr/x', 'Un élément de contexte'],
  ] as const)('%s « %s » points at nothing the product looks for', (url, text) => {
    expect(linkTargets(url, text)).toEqual([]);
  });
});

describe('documentLinks', () => {
  it('reads inline links, autolinks, bare addresses and e-mails, with their line', () => {
    const text = [
      '# Service',
      '',
      'Voir les [statistiques](https://service.example.fr/stats).',
      'Une question : <mailto:aide@example.fr> ou https://forum.example.fr/t/1.',
      'Écrivez à equipe@example.fr.',
    ].join('\n');
    expect(documentLinks(text).map((link) => [link.url, link.text, link.line, link.targets])).toEqual([
      ['https://service.example.fr/stats', 'statistiques', 3, ['indicators']],
      ['mailto:aide@example.fr', '', 4, ['contact']],
      ['https://forum.example.fr/t/1', '', 4, ['forum']],
      ['mailto:equipe@example.fr', '', 5, ['contact']],
    ]);
  });

  it('skips badges, images and links inside code fences', () => {
    const text = [
      '[![Statistiques](https://img.example/stats.svg)](https://ci.example.org/stats)',
      '![graphique](https://service.example.fr/stats.png)',
      '```',
      '[FAQ](https://faq.example.fr)',
      '```',
    ].join('\n');
    expect(documentLinks(text)).toEqual([]);
  });

  it('reads a line of thousands of brackets in one pass', () => {
    const started = Date.now();
    documentLinks(`${'[x]('.repeat(20_000)}\n${'['.repeat(50_000)}`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('addresses that only look like a way in', () => {
  it('does not take a git remote or a deployment host for a contact address', () => {
    const text = [
      'Déploiement : `git remote add production dokku@production.example.fr:api-service`',
      'puis git push dokku@staging.example.fr:api-service main, ou git@github.example.com:equipe/api.git',
      'Écrivez-nous : equipe@service.example.fr',
    ].join('\n');
    expect(documentLinks(text).map((link) => link.url)).toEqual(['mailto:equipe@service.example.fr']);
  });

  it('does not take a product name that starts with "community" for a forum', () => {
    expect(linkTargets('https://docs.docker.example/engine/install/community-edition/', '')).toEqual([]);
    expect(linkTargets('https://forum.service.example.fr/', '')).toEqual(['forum']);
    expect(linkTargets('https://service.example.fr/community/', '')).toEqual(['forum']);
  });
});

describe('linkTargets: the text of real words wins over the address', () => {
  it('does not take a licence page on a help. host for a help centre', () => {
    expect(linkTargets('https://help.icons.example/license', 'Icon Pack Premium License')).toEqual([]);
    expect(linkTargets('https://help.service.example.fr/', '')).toEqual(['help']);
    expect(linkTargets('https://help.service.example.fr/', 'ici')).toEqual(['help']);
  });
});

describe('documentLinks on hostile text', () => {
  it.each([
    ['unclosed link titles', '[x](a "'.repeat(40_000)],
    ['plus-joined words', 'a+'.repeat(300_000)],
    ['plus-joined words around an at sign', `${'a+'.repeat(150_000)}@${'b.'.repeat(150_000)}`],
    ['an address of a million characters', `https://example.org/${'a'.repeat(1_000_000)}`],
  ])('reads %s in linear time', (_, text) => {
    const started = Date.now();
    documentLinks(text);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
