/**
 * "Copy link to this sentence" in an article: the buttons after each sentence (hidden without
 * JavaScript; the `#` link beside them still works) copy the sentence's permanent address, the
 * page's canonical URL with the sentence's `#s-…` fragment, and show it: the button reads
 * "copied" (`data-state="copied"`) and a live region says so for screen readers.
 */
const status = document.querySelector<HTMLElement>('[data-sentence-status]');
const copied = status?.dataset['copied'] ?? '';
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${location.origin}${location.pathname}`;

for (const button of document.querySelectorAll<HTMLButtonElement>('button.sentence-copy[data-sentence]')) {
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(`${canonical.split('#')[0]}#${button.dataset['sentence']}`);
    // One button shows "copied" at a time: the one just used.
    for (const other of document.querySelectorAll<HTMLButtonElement>('button.sentence-copy[data-state="copied"]')) {
      other.textContent = label;
      delete other.dataset['state'];
    }
    button.dataset['state'] = 'copied';
    button.textContent = `✓ ${copied}`;
    if (status) status.textContent = copied;
  });
}

export {};
