// Puts localStorage items in place before a page's first load, and not again: a reload or the next
// page of the same tab then sees what the page itself stored, as a returning Lead's browser would.

/** @param {import('playwright-core').Page} page @param {Record<string, string>} items */
export function seedStorageOnce(page, items) {
  return page.addInitScript((seed) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, items);
}
