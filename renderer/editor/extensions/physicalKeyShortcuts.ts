/**
 * Keyboard shortcuts matched on the physical key (`event.code`), so Ctrl+B is bold whether the
 * keyboard layout is Arabic (where that key types "لا") or Latin. Runs before the default keymaps.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isApplePlatform } from '../shortcutLabel';

export interface PhysicalKeyShortcutsOptions {
  /** Called for Mod+K: the interface opens its link form. Default: nothing. */
  onLinkRequest: () => void;
}

export const PhysicalKeyShortcuts = Extension.create<PhysicalKeyShortcutsOptions>({
  name: 'physicalKeyShortcuts',
  priority: 1000,

  addOptions() {
    return { onLinkRequest: () => {} };
  },

  addProseMirrorPlugins() {
    const { editor, options } = this;
    // Mod is Command on Apple platforms, as the toolbar's hints say (shortcutLabel).
    const isMac = isApplePlatform();
    const shortcuts: Record<string, () => boolean> = {
      KeyB: () => editor.commands.toggleBold(),
      KeyI: () => editor.commands.toggleItalic(),
      KeyU: () => editor.commands.toggleUnderline(),
      KeyZ: () => editor.commands.undo(),
      'Shift+KeyZ': () => editor.commands.redo(),
      KeyY: () => editor.commands.redo(),
      KeyK: () => {
        options.onLinkRequest();
        return true;
      },
      'Alt+Digit0': () => editor.commands.setParagraph(),
      'Alt+Digit2': () => editor.commands.toggleHeading({ level: 2 }),
      'Alt+Digit3': () => editor.commands.toggleHeading({ level: 3 }),
      'Shift+Digit7': () => editor.commands.toggleOrderedList(),
      'Shift+Digit8': () => editor.commands.toggleBulletList(),
      'Shift+KeyQ': () => editor.commands.toggleQuote(),
    };
    return [
      new Plugin({
        key: new PluginKey('physicalKeyShortcuts'),
        props: {
          handleKeyDown: (_view, event) => {
            const hasMod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
            if (!hasMod) return false;
            const name = `${event.altKey ? 'Alt+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.code}`;
            const shortcut = shortcuts[name];
            if (!shortcut) return false;
            shortcut();
            return true;
          },
        },
      }),
    ];
  },
});
