// Keyboard routes: page-wide shortcuts, and arrows on the canvas that walk the visible nodes in
// name order (the node list beside the graph holds the same nodes for screen readers).
import { byId } from './dom.js';

/** @typedef {import('./explorer.js').Panel} Panel */

/** @implements {Panel} */
export class KeyboardShortcuts {
  /** @param {import('./explorer.js').Explorer} explorer */
  mount(explorer) {
    const canvas = byId('cy');
    const { graph } = explorer;

    canvas.addEventListener('keydown', (e) => {
      const nodes = graph.visibleNodes();
      if (!nodes.length) return;
      const at = nodes.findIndex((n) => n.id === explorer.selectedId);
      let next = null;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = nodes[(at + 1) % nodes.length];
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = nodes[(at - 1 + nodes.length) % nodes.length];
      else if (e.key === 'Enter' && at >= 0) { e.preventDefault(); explorer.expand(nodes[at].id); return; }
      if (!next) return;
      e.preventDefault();
      explorer.selectAndReveal(next.id);
      canvas.setAttribute('aria-label', `Graph view, ${next.label} selected`);
    });

    document.addEventListener('keydown', (e) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement
        || (e.target instanceof HTMLElement && e.target.isContentEditable);
      if (typing) return;
      const selected = explorer.selectedId;
      if ((e.ctrlKey || e.metaKey) && (e.key === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) { e.preventDefault(); explorer.redo(); return; }
      if ((e.ctrlKey || e.metaKey) && e.key === 'z') { e.preventDefault(); explorer.undo(); return; }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const registered = explorer.shortcut(e.key);
      if (registered) { e.preventDefault(); registered.run(); return; }
      switch (e.key) {
        case '/': e.preventDefault(); byId('search-input').focus(); break;
        case 'f': graph.fit(); break;
        case '+': case '=': graph.zoomIn(); break;
        case '-': graph.zoomOut(); break;
        case 'Delete': if (selected) explorer.hide(selected); break;
        case 'e': if (selected && graph.has(selected)) explorer.expand(selected); break;
        default: break;
      }
    });
  }
}
