// Thesaurus browser: search-as-you-type, hierarchy tree and concept panel, all through the Skosmos REST
// API of this server. Plain JavaScript, no build step.
(function () {
  'use strict';
  var API = '/thesaurus/rest/v1/';
  var VOCAB = 'ozcar-theia';
  var TEXT = {
    en: { title: 'OZCAR-Theia thesaurus', search: 'Search a variable', hierarchy: 'Hierarchy',
      hint: 'Search or browse the hierarchy to open a concept.', none: 'No match', alt: 'also', narrower: 'Narrower concepts',
      mappings: 'Mappings', page: 'Full page and RDF', labels: 'Labels', altLabels: 'Alternative labels', unit: 'Usual unit',
      deprecated: 'Deprecated: use', exactMatch: 'Exact match', closeMatch: 'Close match', broadMatch: 'Broader match',
      narrowMatch: 'Narrower match', relatedMatch: 'Related match' },
    fr: { title: 'Thésaurus OZCAR-Theia', search: 'Chercher une variable', hierarchy: 'Hiérarchie',
      hint: 'Cherchez ou parcourez la hiérarchie pour ouvrir un concept.', none: 'Aucun résultat', alt: 'aussi',
      narrower: 'Concepts spécifiques', mappings: 'Correspondances', page: 'Page complète et RDF', labels: 'Libellés',
      altLabels: 'Libellés alternatifs', unit: 'Unité usuelle', deprecated: 'Obsolète : utiliser',
      exactMatch: 'Correspondance exacte', closeMatch: 'Correspondance proche', broadMatch: 'Correspondance plus large',
      narrowMatch: 'Correspondance plus étroite', relatedMatch: 'Correspondance associée' }
  };
  var lang = (new URLSearchParams(location.search).get('lang') === 'fr') ? 'fr' : 'en';
  var current = null;
  var pending = null;

  function get(path, params) {
    var query = new URLSearchParams(params || {});
    return fetch(API + path + (query.toString() ? '?' + query : ''), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status + ' ' + path); }
        return response.json();
      });
  }

  // A vocabulary is data from outside: only http(s) IRIs become links (a javascript: or data: IRI would
  // run script on click); anything else is shown as text.
  function webLink(uri, text, id) {
    if (!/^https?:\/\//i.test(uri)) { return element('span', { text: text }); }
    var attributes = { href: uri, text: text, rel: 'noopener noreferrer' };
    if (id) { attributes.id = id; }
    return element('a', attributes);
  }

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'text') { node.textContent = attributes[key]; } else { node.setAttribute(key, attributes[key]); }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function conceptLink(uri, label) {
    var link = element('a', { href: '#' + encodeURIComponent(uri), text: label || uri, 'data-uri': uri });
    link.addEventListener('click', function (event) { event.preventDefault(); openConcept(uri, true); });
    return link;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(function (node) { node.textContent = TEXT[lang][node.dataset.i18n]; });
    document.querySelectorAll('[data-lang]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
    });
  }

  // ---- search as you type
  var input = document.getElementById('search');
  var results = document.getElementById('results');
  input.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(search, 150);
  });

  function search() {
    var text = input.value.trim();
    results.innerHTML = '';
    if (text.length < 2) { return; }
    var query = text.indexOf('*') >= 0 ? text : '*' + text + '*';
    // variables and categories only: the I-ADOPT components ("temperature", "air") are reached from a variable
    get(VOCAB + '/search', { query: query, lang: lang, maxhits: 20, unique: true, type: 'iadopt:Variable theia:CategoryOfVariable' }).then(function (answer) {
      if (input.value.trim() !== text) { return; }
      results.innerHTML = '';
      if (!answer.results.length) { results.appendChild(element('li', { text: TEXT[lang].none })); }
      answer.results.forEach(function (hit) {
        var item = element('li', {}, [conceptLink(hit.uri, hit.prefLabel)]);
        if (hit.altLabel) { item.appendChild(element('span', { 'class': 'alt', text: ' (' + TEXT[lang].alt + ' ' + hit.altLabel + ')' })); }
        results.appendChild(item);
      });
    }).catch(function () { results.innerHTML = ''; });
  }

  // ---- hierarchy tree, children loaded when a node is opened
  var tree = document.getElementById('tree');

  function treeNode(uri, label, hasChildren) {
    var item = element('li', { role: 'treeitem', 'data-uri': uri });
    var toggle = element('button', { type: 'button', 'class': 'toggle', text: hasChildren ? '▸' : '·', 'aria-expanded': 'false' });
    item.appendChild(toggle);
    item.appendChild(conceptLink(uri, label));
    if (hasChildren) {
      toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') === 'true';
        var list = item.querySelector('ul');
        if (open) {
          toggle.setAttribute('aria-expanded', 'false');
          toggle.textContent = '▸';
          if (list) { list.hidden = true; }
          return;
        }
        toggle.setAttribute('aria-expanded', 'true');
        toggle.textContent = '▾';
        if (list) { list.hidden = false; return; }
        list = element('ul', { role: 'group' });
        item.appendChild(list);
        get(VOCAB + '/children', { uri: uri, lang: lang }).then(function (answer) {
          answer.narrower.forEach(function (child) { list.appendChild(treeNode(child.uri, child.prefLabel, child.hasChildren)); });
        });
      });
    }
    return item;
  }

  function loadTree() {
    tree.innerHTML = '';
    get(VOCAB + '/topConcepts', { lang: lang }).then(function (answer) {
      answer.topconcepts.forEach(function (top) { tree.appendChild(treeNode(top.uri, top.label, top.hasChildren)); });
    });
  }

  // ---- concept panel
  var panel = document.getElementById('concept');
  var SKOS = 'http://www.w3.org/2004/02/skos/core#';

  // Definition, unit and replacement are not in the Skosmos REST answers: one SPARQL query gives them.
  function details(uri) {
    var query = 'SELECT ?p ?o ?label WHERE { <' + uri + '> ?p ?o FILTER(?p IN (<' + SKOS + 'definition>, '
      + '<https://w3id.org/ozcar-theia/unit>, <http://purl.org/dc/terms/isReplacedBy>)) '
      + 'OPTIONAL { ?o <' + SKOS + 'prefLabel> ?label FILTER(lang(?label) = "' + lang + '") } }';
    return fetch('/thesaurus/sparql?query=' + encodeURIComponent(query), { headers: { Accept: 'application/sparql-results+json' } })
      .then(function (response) { return response.ok ? response.json() : { results: { bindings: [] } }; })
      .then(function (answer) {
        var found = { definition: null, unit: null, replacedBy: null };
        answer.results.bindings.forEach(function (row) {
          var property = row.p.value, value = row.o;
          if (property === SKOS + 'definition') {
            // the definition in the page's language, else the English one, else any
            var rank = value['xml:lang'] === lang ? 2 : value['xml:lang'] === 'en' ? 1 : 0;
            if (!found.definition || rank > found.definitionRank) { found.definition = value.value; found.definitionRank = rank; }
          } else if (property.slice(-4) === 'unit') {
            found.unit = value.value;
          } else {
            found.replacedBy = value.value;
            found.replacementLabel = row.label ? row.label.value : value.value;
          }
        });
        return found;
      });
  }

  function showOnNarrowScreens() {
    if (window.matchMedia('(max-width: 44rem)').matches) { panel.scrollIntoView(); }
  }

  function openConcept(uri, scroll) {
    current = uri;
    history.replaceState(null, '', '?lang=' + lang + '#' + encodeURIComponent(uri));
    Promise.all([
      get(VOCAB + '/label', { uri: uri, lang: lang }),
      get(VOCAB + '/broaderTransitive', { uri: uri, lang: lang }),
      get(VOCAB + '/children', { uri: uri, lang: lang }),
      get(VOCAB + '/mappings', { uri: uri, lang: lang }),
      details(uri)
    ]).then(function (parts) {
      var label = parts[0], chain = parts[1].broaderTransitive, children = parts[2].narrower, mappings = parts[3].mappings;
      var more = parts[4];
      panel.innerHTML = '';
      var crumbs = element('nav', { 'class': 'breadcrumb' });
      chain.slice(1).reverse().forEach(function (ancestor, index) {
        if (index > 0) { crumbs.appendChild(document.createTextNode(' > ')); }
        crumbs.appendChild(conceptLink(ancestor.uri, ancestor.prefLabel));
      });
      panel.appendChild(crumbs);
      panel.appendChild(element('h2', { text: label.prefLabel }));
      panel.appendChild(element('p', { 'class': 'uri' }, [element('code', { text: uri })]));
      if (more.replacedBy) {
        panel.appendChild(element('p', { 'class': 'deprecated' }, [document.createTextNode(TEXT[lang].deprecated + ' '),
          conceptLink(more.replacedBy, more.replacementLabel)]));
      }
      if (more.definition) { panel.appendChild(element('p', { 'class': 'definition', text: more.definition })); }
      if (more.unit) { panel.appendChild(element('p', { 'class': 'unit', text: TEXT[lang].unit + ': ' + more.unit })); }
      if (label.altLabel) {
        panel.appendChild(element('p', { text: TEXT[lang].altLabels + ': ' + label.altLabel.join(', ') }));
      }
      if (children.length) {
        panel.appendChild(element('h3', { text: TEXT[lang].narrower }));
        panel.appendChild(element('ul', {}, children.map(function (child) {
          return element('li', {}, [conceptLink(child.uri, child.prefLabel)]);
        })));
      }
      if (mappings.length) {
        panel.appendChild(element('h3', { text: TEXT[lang].mappings }));
        panel.appendChild(element('ul', {}, mappings.map(function (mapping) {
          var kind = mapping.type[0].replace('skos:', '');
          return element('li', {}, [element('span', { text: (TEXT[lang][kind] || kind) + ' (' + mapping.vocabName + '): ' }),
            webLink(mapping.uri, mapping.uri)]);
        })));
      }
      var page = uri.indexOf('https://w3id.org/ozcar-theia/') === 0
        ? '/ozcar-theia/' + uri.substring('https://w3id.org/ozcar-theia/'.length) + '?lang=' + lang : uri;
      panel.appendChild(element('p', {}, [page === uri ? webLink(uri, TEXT[lang].page, 'full-page')
        : element('a', { href: page, id: 'full-page', text: TEXT[lang].page })]));
      if (scroll) { showOnNarrowScreens(); }
    }).catch(function (error) { panel.textContent = String(error); });
  }

  document.querySelectorAll('[data-lang]').forEach(function (button) {
    button.addEventListener('click', function () {
      lang = button.dataset.lang;
      translate();
      loadTree();
      search();
      if (current) { openConcept(current); }
    });
  });

  translate();
  loadTree();
  if (location.hash.length > 1) { openConcept(decodeURIComponent(location.hash.substring(1))); }
}());
