/** Entry of the sidebar bundle (scripts/build-sidebar.mjs inlines it into sidebar.html). */
import { startSidebar } from './app';

function boot(): void {
  const root = document.getElementById('app');
  if (root) startSidebar(root);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
