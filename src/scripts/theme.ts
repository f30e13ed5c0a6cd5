const STORAGE_KEY = 'ha-theme';

/** The theme picker: "auto" follows the system, "light" and "dark" stick across pages. */
class ThemeSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = readTheme();
    select.addEventListener('change', () => {
      const theme = select.value;
      try {
        if (theme === 'auto') localStorage.removeItem(STORAGE_KEY);
        else localStorage.setItem(STORAGE_KEY, theme);
      } catch {
        // Private browsing may refuse storage; the choice then lasts for this page only.
      }
      applyTheme(theme);
    });
  }
}

function readTheme(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? 'auto';
  } catch {
    return 'auto';
  }
}

function applyTheme(theme: string) {
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;
  else delete document.documentElement.dataset['theme'];
}

/** The small-screen menu button: shows and hides the sidebar. */
class MenuToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const set = (open: boolean) => {
      button.setAttribute('aria-expanded', String(open));
      if (open) root.dataset['menu'] = 'open';
      else delete root.dataset['menu'];
    };
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && root.dataset['menu'] === 'open') {
        set(false);
        button.focus();
      }
    });
  }
}

customElements.define('ha-theme-select', ThemeSelect);
customElements.define('ha-menu-toggle', MenuToggle);
