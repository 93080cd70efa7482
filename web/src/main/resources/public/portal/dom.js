// Builds DOM nodes from data: text always goes through textContent, so metadata holding HTML or script
// is shown as text, never interpreted.
export function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'className') node.className = value;
    else node.setAttribute(name, value);
  }
  for (const child of [].concat(children)) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function link(href, text) {
  return el('a', { href, text });
}

export const pages = {
  producer: (id) => '/producers/' + encodeURIComponent(id),
  dataset: (id) => '/datasets/' + encodeURIComponent(id),
  observation: (id) => '/observations/' + encodeURIComponent(id),
  concept: (iri) => '/thesaurus/#' + encodeURIComponent(iri),
};

export function day(time) {
  return time ? String(time).slice(0, 10) : '';
}

export function period(first, last) {
  return first ? day(first) + ' – ' + day(last) : '';
}
