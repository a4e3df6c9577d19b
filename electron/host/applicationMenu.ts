/**
 * The native menu, in the user's language, with the standard edit roles (so copy, paste and undo
 * work in every field) and the app's own commands. A pure template; main.ts builds the menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { appCommandShortcuts, type AppCommand } from '../../shared/contract/appCommands';
import { translate, type Language } from '../../shared/i18n/catalogue';

/** Carries out one of the app's commands in the page. */
export type MenuCommand = (command: AppCommand) => void;

/** A shortcut as TipTap names it ('Mod-Shift-P') in Electron's accelerator syntax ('CmdOrCtrl+Shift+P'). */
export function acceleratorOf(shortcut: string): string {
  return shortcut
    .split('-')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part))
    .join('+');
}

export function applicationMenuTemplate(
  language: Language,
  runCommand: MenuCommand,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof translate>[1]): string => translate(language, key);
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu', label: t('app.name') });
  template.push(
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.newDraft'), accelerator: 'CmdOrCtrl+N', click: () => runCommand('newDraft') },
        { type: 'separator' },
        isMac ? { role: 'close', label: t('menu.close') } : { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'pasteAndMatchStyle', label: t('menu.pasteAndMatchStyle') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'reload', label: t('menu.reload') },
        { role: 'toggleDevTools', label: t('menu.toggleDevTools') },
        { type: 'separator' },
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.toggleFullScreen') },
      ],
    },
    {
      label: t('menu.article'),
      // The page hears these shortcuts itself (the same in the browser): the menu shows them without taking them.
      submenu: [
        {
          label: t('menu.togglePreview'),
          accelerator: acceleratorOf(appCommandShortcuts.togglePreview),
          registerAccelerator: false,
          click: () => runCommand('togglePreview'),
        },
        {
          label: t('menu.nextWorkflowMove'),
          accelerator: acceleratorOf(appCommandShortcuts.nextWorkflowMove),
          registerAccelerator: false,
          click: () => runCommand('nextWorkflowMove'),
        },
      ],
    },
    {
      label: t('menu.window'),
      submenu: [
        { role: 'minimize', label: t('menu.minimize') },
        { role: 'close', label: t('menu.close') },
      ],
    },
    { role: 'help', label: t('menu.help'), submenu: [{ role: 'about', label: t('menu.about') }] },
  );
  return template;
}
