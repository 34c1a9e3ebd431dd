/**
 * Copy buttons of "Cite this claim": shown only when JavaScript runs, they copy the text of
 * their target and say so in a live region. The access date becomes today's, in each language.
 */
const today = new Date();
for (const span of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  const locale = span.dataset['accessDate'] === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  span.textContent = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(today);
}

const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset['copy'] ?? '');
    if (!target) return;
    await navigator.clipboard.writeText((target.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (copyStatus) copyStatus.textContent = copyStatus.dataset['copied'] ?? '';
  });
}

export {};
