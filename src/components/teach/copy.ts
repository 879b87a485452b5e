/**
 * Copy buttons of the teaching kit and "Cite this": a button with data-copy-url copies that
 * site path as an absolute URL; one with data-copy-from copies the text of the element with that
 * id. Buttons are hidden until this script runs, so without JavaScript only the links and the
 * selectable text remain. The result is announced in the nearest [data-copy-status].
 */

async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (permissions, insecure origin): fall back to a selected textarea.
    const scratch = document.createElement('textarea');
    scratch.value = text;
    scratch.setAttribute('readonly', '');
    scratch.className = 'visually-hidden';
    document.body.append(scratch);
    scratch.select();
    const copied = document.execCommand('copy');
    scratch.remove();
    return copied;
  }
}

function statusFor(button: HTMLElement): HTMLElement | null {
  return (
    button.closest('[data-copy-scope]')?.querySelector<HTMLElement>('[data-copy-status]') ??
    document.querySelector<HTMLElement>('[data-page-copy-status]')
  );
}

export function enhanceCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-url], button[data-copy-from]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = button.dataset.copyUrl;
      const text = url
        ? new URL(url, location.origin).href
        : (document.getElementById(button.dataset.copyFrom ?? '')?.textContent ?? '').trim();
      const copied = await writeClipboard(text);
      const status = statusFor(button);
      if (!status) return;
      const what = button.dataset.copyWhat ?? (url ? 'Link' : 'Text');
      status.hidden = false;
      status.textContent = copied
        ? `${what} copied: ${text.length > 90 ? `${text.slice(0, 87)}…` : text}`
        : `Could not copy. Select the ${what.toLowerCase()} and copy it by hand.`;
    });
  }
}

enhanceCopyButtons();

// Closed <details> print nothing: open the ones marked for print, and close them again afterwards.
const reopened: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]:not([open])')) {
    details.open = true;
    reopened.push(details);
  }
});
window.addEventListener('afterprint', () => {
  for (const details of reopened.splice(0)) details.open = false;
});
