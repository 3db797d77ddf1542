// The coaches' dashboard: language toggle, view switch, sorting, filtering and detail rows.
// Plain browser JavaScript, inlined in the page by renderComparisonHtml; every text comes from #messages.
(() => {
  const messages = JSON.parse(document.getElementById('messages').textContent);
  const root = document.documentElement;
  const form = document.getElementById('filters');
  const count = document.getElementById('count');

  function message(key) {
    const entry = messages[key];
    return entry ? entry[root.lang] : key;
  }

  function format(key, values) {
    return message(key).replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  }

  function activeTable() {
    const view = document.querySelector('.table-wrap:not([hidden])');
    return view.querySelector('table');
  }

  function setLanguage(language) {
    root.lang = language;
    for (const element of document.querySelectorAll('[data-t]')) {
      element.textContent = message(element.dataset.t);
    }
    document.getElementById('language-toggle').lang = language === 'fr' ? 'en' : 'fr';
    updateCount();
  }

  function updateCount() {
    const table = activeTable();
    const groups = [...table.tBodies];
    const shown = groups.filter((group) => !group.hidden).length;
    count.textContent = format(table.dataset.count, { shown, total: groups.length });
  }

  // Grade columns hold scores: letters ascend (A before E) as scores descend, so "ascending"
  // matches the letters a reader sees.
  function compareValues(left, right, kind) {
    if (kind === 'text') return left.localeCompare(right, root.lang);
    const order = Number(left) - Number(right);
    return kind === 'grade' ? -order : order;
  }

  function byName(a, b) {
    return a.getAttribute('data-sort-name').localeCompare(b.getAttribute('data-sort-name'), root.lang);
  }

  // A first click on a grade or trend column shows where help is needed first (E, falling trends).
  function nextDirection(header) {
    const current = header.getAttribute('aria-sort');
    if (current === 'ascending') return 'descending';
    if (current === 'descending') return 'ascending';
    return header.dataset.kind === 'grade' ? 'descending' : 'ascending';
  }

  function sortBy(header) {
    const table = header.closest('table');
    const direction = nextDirection(header);
    for (const other of table.querySelectorAll('th[aria-sort]')) other.removeAttribute('aria-sort');
    header.setAttribute('aria-sort', direction);
    const { column, kind } = header.dataset;
    const sign = direction === 'ascending' ? 1 : -1;
    const groups = [...table.tBodies].sort((a, b) => {
      const left = a.getAttribute(`data-sort-${column}`);
      const right = b.getAttribute(`data-sort-${column}`);
      // Unknown values sort last whatever the direction.
      if (left === '' || right === '') return left === right ? byName(a, b) : left === '' ? 1 : -1;
      return sign * compareValues(left, right, kind) || byName(a, b);
    });
    table.append(...groups);
  }

  function matches(group, filters) {
    const topics = JSON.parse(group.dataset.topics);
    const name = group.getAttribute('data-sort-name');
    return (
      (filters.name === '' || name.includes(filters.name)) &&
      (filters.topic === '' || topics.includes(filters.topic)) &&
      (filters.product === '' || group.dataset.product === filters.product) &&
      (filters.grade === '' || group.dataset.grade === filters.grade)
    );
  }

  function currentFilters() {
    const value = (name) => (form.elements.namedItem(name) ? form.elements.namedItem(name).value : '');
    return {
      name: value('name').trim().toLowerCase(),
      topic: value('topic'),
      product: value('product'),
      grade: value('grade'),
    };
  }

  function applyFilters() {
    const filters = currentFilters();
    for (const group of document.querySelectorAll('tbody.group')) group.hidden = !matches(group, filters);
    updateCount();
  }

  function toggleDetail(button) {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.getElementById(button.getAttribute('aria-controls')).hidden = !open;
  }

  function showView(name) {
    for (const button of document.querySelectorAll('.view-button')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === name));
    }
    document.getElementById('rows-view').hidden = name !== 'rows';
    document.getElementById('products-view').hidden = name !== 'products';
    updateCount();
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.classList.contains('sort')) sortBy(button.closest('th'));
    else if (button.classList.contains('toggle')) toggleDetail(button);
    else if (button.classList.contains('view-button')) showView(button.dataset.view);
    else if (button.id === 'language-toggle') setLanguage(root.lang === 'fr' ? 'en' : 'fr');
  });
  form.addEventListener('input', applyFilters);
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', (event) => event.preventDefault());
  // `reset` fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(applyFilters, 0));
})();
