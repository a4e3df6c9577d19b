import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from './applicationMenu';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

describe('the native menu', () => {
  it('has the standard edit roles, labelled in Arabic by default', () => {
    const items = flatten(applicationMenuTemplate('ar', () => {}, 'linux'));
    const byRole = new Map(items.filter((item) => item.role).map((item) => [item.role, item.label]));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll'] as const)
      expect(byRole.has(role)).toBe(true);
    expect(byRole.get('copy')).toBe('نسخ');
    expect(items.map((item) => item.label)).toContain('تحرير');
  });

  it('speaks English when asked, and its New Draft item runs the command', () => {
    const runCommand = vi.fn();
    const items = flatten(applicationMenuTemplate('en', runCommand, 'darwin'));
    expect(items.find((item) => item.role === 'paste')?.label).toBe('Paste');
    const item = items.find((entry) => entry.label === 'New Draft');
    (item?.click as () => void)();
    expect(runCommand).toHaveBeenCalledExactlyOnceWith('newDraft');
    expect(items.some((entry) => entry.role === 'appMenu')).toBe(true);
  });

  it('lists the preview and the next workflow move with the shortcuts the page hears itself', () => {
    const runCommand = vi.fn();
    const items = flatten(applicationMenuTemplate('ar', runCommand, 'linux'));
    const preview = items.find((entry) => entry.label === 'المعاينة أو التحرير');
    expect(preview).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false });
    const next = items.find((entry) => entry.label === 'خطوة سير العمل التالية');
    expect(next).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+Enter', registerAccelerator: false });
    (next?.click as () => void)();
    expect(runCommand).toHaveBeenCalledWith('nextWorkflowMove');
  });
});
