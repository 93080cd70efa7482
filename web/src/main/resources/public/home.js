// The home page's catalogue overview: the published producers and the variable facet.
(function () {
  'use strict';
  const number = (n) => Number(n || 0).toLocaleString('en');
  const day = (time) => (time ? new Date(typeof time === 'number' ? time * 1000 : time).toISOString().slice(0, 10) : '');

  fetch('/api/producers').then((r) => r.json()).then((producers) => {
    const body = document.querySelector('#producers tbody');
    body.replaceChildren();
    if (producers.length === 0) {
      body.insertRow().insertCell().textContent = 'No producer is published yet: upload a deposit.';
      return;
    }
    producers.forEach((p) => {
      const row = body.insertRow();
      row.dataset.producer = p.id;
      const link = document.createElement('a');
      link.href = '/producers/' + encodeURIComponent(p.id);
      link.textContent = p.id;
      row.insertCell().appendChild(link);
      row.insertCell().textContent = p.title;
      [p.datasets, p.series, p.measurements].forEach((n) => {
        const cell = row.insertCell();
        cell.className = 'n';
        cell.textContent = number(n);
      });
      row.insertCell().textContent = p.firstTime ? day(p.firstTime) + ' – ' + day(p.lastTime) : '';
      row.insertCell().textContent = 'revision ' + p.revision + ', ' + day(p.importedAt);
    });
  }).catch(() => {
    document.querySelector('#producers tbody').textContent = 'The producers could not be loaded.';
  });

  fetch('/api/facets/variables').then((r) => r.json()).then((tree) => {
    const root = document.getElementById('variables');
    root.replaceChildren(...tree.map(node));
    if (tree.length === 0) {
      root.textContent = 'No series yet.';
    }
  });

  function node(facet) {
    const item = document.createElement('li');
    // a category or variable opens the search on it (unresolved series have no IRI to search by)
    const label = document.createElement(facet.iri ? 'a' : 'span');
    if (facet.iri) {
      label.href = '/search?variable=' + encodeURIComponent(facet.iri);
    }
    label.textContent = facet.label;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = ' (' + number(facet.series) + ')';
    if (!facet.children || facet.children.length === 0) {
      item.append(label, count);
      return item;
    }
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.append(label, count);
    const list = document.createElement('ul');
    list.replaceChildren(...facet.children.map(node));
    details.append(summary, list);
    item.appendChild(details);
    return item;
  }
}());
