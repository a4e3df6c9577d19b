/**
 * Keyboard shortcuts as the platform writes them. A shortcut is named the way TipTap names it
 * ('Mod-B', 'Mod-Alt-2', 'Mod-Shift-Z'): Mod is the Command key on Apple platforms and Ctrl
 * elsewhere, as ProseMirror's keymaps and physicalKeyShortcuts listen for it.
 */

/** What the platform is read from: `navigator` in the page. */
export interface PlatformSource {
  platform?: string;
  userAgentData?: { platform?: string };
}

/**
 * Whether Mod is the Command key: `navigator.platform` first (what ProseMirror's keymaps read),
 * else the User-Agent Client Hints platform; false where neither says (outside a browser).
 */
export function isApplePlatform(source: PlatformSource | undefined = globalThis.navigator as PlatformSource | undefined): boolean {
  const platform = source?.platform || source?.userAgentData?.platform || '';
  return /mac|iphone|ipad|ipod|ios/i.test(platform);
}

type Modifier = 'Mod' | 'Ctrl' | 'Alt' | 'Shift';

/** Apple writes modifiers as symbols in the order ⌃⌥⇧⌘, with no separators. */
const appleSymbols: ReadonlyArray<[Modifier, string]> = [
  ['Ctrl', '⌃'],
  ['Alt', '⌥'],
  ['Shift', '⇧'],
  ['Mod', '⌘'],
];

/** Elsewhere modifiers are words joined by "+", in the order Ctrl, Alt, Shift. */
const otherNames: ReadonlyArray<[Modifier, string]> = [
  ['Mod', 'Ctrl'],
  ['Alt', 'Alt'],
  ['Shift', 'Shift'],
];

/** The label of `shortcut` ('Mod-Alt-2') for the platform: "⌥⌘2" on Apple platforms, "Ctrl+Alt+2" elsewhere. */
export function shortcutLabel(shortcut: string, isApple: boolean = isApplePlatform()): string {
  const parts = shortcut.split('-');
  const key = parts.pop() ?? '';
  const modifiers = new Set(parts);
  const keyName = key.length === 1 ? key.toUpperCase() : key;
  if (isApple) {
    return `${appleSymbols
      .filter(([modifier]) => modifiers.has(modifier))
      .map(([, symbol]) => symbol)
      .join('')}${keyName}`;
  }
  // Ctrl and Mod are the same key here: written once.
  if (modifiers.has('Ctrl')) modifiers.add('Mod');
  return [...otherNames.filter(([modifier]) => modifiers.has(modifier)).map(([, name]) => name), keyName].join('+');
}

/** `shortcut` as `aria-keyshortcuts` writes it: "Control+Shift+P", or "Meta+Shift+P" on Apple platforms. */
export function ariaKeyShortcut(shortcut: string, isApple: boolean = isApplePlatform()): string {
  const parts = shortcut.split('-');
  const key = parts.pop() ?? '';
  const names = parts.map((modifier) => (modifier === 'Mod' ? (isApple ? 'Meta' : 'Control') : modifier === 'Ctrl' ? 'Control' : modifier));
  return [...names, key.length === 1 ? key.toUpperCase() : key].join('+');
}

/**
 * Whether a key event is `shortcut`. A letter or digit is matched by its place on the keyboard
 * (`code`), not the character it types, so Ctrl+Shift+P is the same keys on an Arabic layout.
 */
export function isShortcut(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
  shortcut: string,
  isApple: boolean = isApplePlatform(),
): boolean {
  const parts = shortcut.split('-');
  const key = parts.pop() ?? '';
  const modifiers = new Set(parts);
  const mod = isApple ? event.metaKey : event.ctrlKey;
  const ctrl = modifiers.has('Ctrl') || (modifiers.has('Mod') && !isApple);
  if (mod !== modifiers.has('Mod') || event.altKey !== modifiers.has('Alt') || event.shiftKey !== modifiers.has('Shift')) return false;
  if (event.ctrlKey !== ctrl || (isApple && event.metaKey !== modifiers.has('Mod'))) return false;
  if (/^[A-Za-z]$/.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  return event.key === key;
}
