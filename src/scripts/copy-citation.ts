/**
 * Copy buttons of "Cite this claim": shown only when JavaScript runs, they copy the text of
 * their target. The button itself says "Copied ✓" for a few seconds (a visible state) and a
 * live region says so to screen readers; a refused clipboard is said too, never hidden.
 * The access date becomes today's, in each language.
 */
const today = new Date();
for (const span of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  const locale = span.dataset['accessDate'] === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  span.textContent = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(today);
}

const COPIED_FOR_MS = 3000;
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const label = button.textContent?.trim() ?? '';
  let restore: ReturnType<typeof setTimeout> | undefined;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset['copy'] ?? '');
    if (!target) return;
    let copied = true;
    try {
      await navigator.clipboard.writeText((target.textContent ?? '').replace(/\s+/g, ' ').trim());
    } catch {
      copied = false;
    }
    if (copyStatus) copyStatus.textContent = (copied ? copyStatus.dataset['copied'] : copyStatus.dataset['failed']) ?? '';
    if (!copied) return;
    button.textContent = button.dataset['copiedLabel'] ?? label;
    button.dataset['state'] = 'copied';
    clearTimeout(restore);
    restore = setTimeout(() => {
      button.textContent = label;
      delete button.dataset['state'];
      if (copyStatus) copyStatus.textContent = '';
    }, COPIED_FOR_MS);
  });
}

export {};
