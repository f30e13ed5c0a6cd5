/**
 * The one inline script: applies a stored theme before first paint so the other theme never
 * flashes. Kept as a string so the layout renders it and the CSP hashes the very same bytes.
 */
export const THEME_SCRIPT =
  "try{const t=localStorage.getItem('ha-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}" +
  "document.documentElement.classList.add('js');";
