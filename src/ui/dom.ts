/**
 * The one way the sidebar builds DOM: createElement and text nodes. Text from the server is only
 * ever passed as a child string (a text node), never parsed as HTML.
 */

export type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  className?: string;
  /** Static attribute names only (role, aria-*, title, type, …); never on* handlers, never a data-driven href. */
  attrs?: Record<string, string>;
  onClick?: (event: Event) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.attrs) {
    for (const name of Object.keys(props.attrs)) {
      if (/^on/i.test(name)) throw new Error(`Thuộc tính không được phép: ${name}`);
      node.setAttribute(name, props.attrs[name]);
    }
  }
  if (props.onClick) node.addEventListener('click', props.onClick);
  append(node, children);
  return node;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export interface ButtonProps {
  className?: string;
  disabled?: boolean;
  title?: string;
  attrs?: Record<string, string>;
  onClick: () => void;
}

export function button(props: ButtonProps, ...children: Child[]): HTMLButtonElement {
  const node = el(
    'button',
    {
      className: props.className,
      attrs: { type: 'button', ...(props.title ? { title: props.title } : {}), ...(props.attrs || {}) },
      onClick: (event) => {
        event.preventDefault();
        if (!node.disabled) props.onClick();
      },
    },
    ...children,
  );
  node.disabled = !!props.disabled;
  return node;
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
