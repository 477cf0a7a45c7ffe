import { useState, type ClipboardEvent } from 'react';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * A field's limit cuts a paste silently (the browser keeps what fits). This notices how much did
 * not fit, so the field can say so; the notice stays while the field is full and goes once it is not.
 */
export function usePasteOverflow(maxLength: number | undefined, used: number) {
  const [cut, setCut] = useState(0);
  const onPaste = (event: ClipboardEvent<TextElement>) => {
    if (maxLength === undefined) return;
    const field = event.currentTarget;
    const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    const room = maxLength - (field.value.length - selected);
    setCut(Math.max(0, event.clipboardData.getData('text').length - room));
  };
  const notice =
    maxLength !== undefined && cut > 0 && used >= maxLength
      ? `${cut.toLocaleString('en')} ${cut === 1 ? 'character' : 'characters'} did not fit: this field holds ${maxLength.toLocaleString('en')}.`
      : null;
  return { onPaste, notice };
}
