import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, isApplePlatform, isShortcut, shortcutLabel } from './shortcutLabel';

describe('shortcut labels', () => {
  it.each([
    ['Mod-B', '⌘B', 'Ctrl+B'],
    ['Mod-k', '⌘K', 'Ctrl+K'],
    ['Mod-Alt-2', '⌥⌘2', 'Ctrl+Alt+2'],
    ['Mod-Shift-8', '⇧⌘8', 'Ctrl+Shift+8'],
    ['Mod-Shift-Z', '⇧⌘Z', 'Ctrl+Shift+Z'],
    ['Mod-Alt-Shift-Q', '⌥⇧⌘Q', 'Ctrl+Alt+Shift+Q'],
    ['Ctrl-Mod-F', '⌃⌘F', 'Ctrl+F'],
    ['Alt-ArrowUp', '⌥ArrowUp', 'Alt+ArrowUp'],
  ])('%s is %s on Apple platforms and %s elsewhere', (shortcut, apple, other) => {
    expect(shortcutLabel(shortcut, true)).toBe(apple);
    expect(shortcutLabel(shortcut, false)).toBe(other);
  });

  it('read the platform from navigator.platform, else from the client hints', () => {
    expect(isApplePlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isApplePlatform({ platform: 'iPad' })).toBe(true);
    expect(isApplePlatform({ platform: '', userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isApplePlatform({ platform: 'Win32', userAgentData: { platform: 'Windows' } })).toBe(false);
    expect(isApplePlatform({ platform: 'Linux x86_64' })).toBe(false);
    expect(isApplePlatform({})).toBe(false);
  });

  it('follow the platform when none is given', () => {
    expect(shortcutLabel('Mod-B')).toBe(isApplePlatform() ? '⌘B' : 'Ctrl+B');
  });
});

describe('shortcuts as keys', () => {
  const press = (init: Partial<KeyboardEvent>) => ({
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...init,
  });

  it('match by the key’s place, whatever the layout types there', () => {
    expect(isShortcut(press({ key: 'ح', code: 'KeyP', ctrlKey: true, shiftKey: true }), 'Mod-Shift-P', false)).toBe(true);
    expect(isShortcut(press({ key: 'P', code: 'KeyP', metaKey: true, shiftKey: true }), 'Mod-Shift-P', true)).toBe(true);
    expect(isShortcut(press({ key: 'Enter', code: 'Enter', ctrlKey: true, shiftKey: true }), 'Mod-Shift-Enter', false)).toBe(true);
  });

  it('need exactly the shortcut’s modifiers', () => {
    expect(isShortcut(press({ key: 'p', code: 'KeyP', ctrlKey: true }), 'Mod-Shift-P', false)).toBe(false);
    expect(isShortcut(press({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true, altKey: true }), 'Mod-Shift-P', false)).toBe(false);
    expect(isShortcut(press({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }), 'Mod-Shift-P', true)).toBe(false);
    expect(isShortcut(press({ key: 'Enter', code: 'Enter', shiftKey: true }), 'Mod-Shift-Enter', false)).toBe(false);
  });

  it('are written for aria-keyshortcuts', () => {
    expect(ariaKeyShortcut('Mod-Shift-P', false)).toBe('Control+Shift+P');
    expect(ariaKeyShortcut('Mod-Shift-Enter', true)).toBe('Meta+Shift+Enter');
  });
});
