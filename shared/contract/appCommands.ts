/**
 * The app's own commands, as the desktop menu offers them and the page carries them out. Those
 * with a shortcut name it the way TipTap names keys ('Mod-Shift-P': Command on Apple platforms,
 * Ctrl elsewhere); the page listens for the shortcut itself, so it works the same in the browser,
 * and the menu shows it without taking it over. "New draft" keeps the menu's Ctrl+N, which a
 * browser gives to its own window.
 */
export const appCommands = ['newDraft', 'togglePreview', 'nextWorkflowMove'] as const;
export type AppCommand = (typeof appCommands)[number];

export const appCommandShortcuts = {
  togglePreview: 'Mod-Shift-P',
  nextWorkflowMove: 'Mod-Shift-Enter',
} as const satisfies Partial<Record<AppCommand, string>>;
