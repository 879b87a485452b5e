/**
 * Browser side of EmbedCode.astro: reveals the Copy button and copies the snippet, confirming in
 * the role=status region. Falls back to selecting the text when the Clipboard API is refused
 * (insecure context, permissions), so the reader can press Ctrl/Cmd+C.
 */
async function copyText(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}

export function enhanceEmbedCodes(root: ParentNode = document): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-embed-code]:not([data-enhanced])')) {
    block.dataset.enhanced = '';
    const field = block.querySelector<HTMLTextAreaElement>('[data-embed-snippet]');
    const button = block.querySelector<HTMLButtonElement>('[data-embed-copy]');
    const status = block.querySelector<HTMLElement>('[data-embed-status]');
    if (!field || !button || !status) continue;
    button.hidden = false;
    let clearTimer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      const copied = await copyText(field);
      status.textContent = copied ? 'Embed code copied.' : 'Selected: press Ctrl+C (or ⌘C) to copy.';
      clearTimeout(clearTimer);
      clearTimer = setTimeout(() => (status.textContent = ''), 6000);
    });
    // One click in the field selects the whole snippet (the no-JS path still allows manual selection).
    field.addEventListener('focus', () => field.select());
  }
}
