// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../shared/contract/apiError';
import { translate } from '../../shared/i18n/catalogue';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/model/settings';
import { PanelToggle } from '../components/PanelToggle';
import { renderWithApi, type RenderedWithApi } from '../testing/renderWithApi';
import { useCollapsedPanel } from './useCollapsedPanel';

let rendered: RenderedWithApi | undefined;
afterEach(() => {
  rendered?.dispose();
  rendered = undefined;
  cleanup();
});

const ar = (key: Parameters<typeof translate>[1]): string => translate('ar', key);

function Library() {
  const [isCollapsed, toggle] = useCollapsedPanel('library');
  return (
    <PanelToggle
      isCollapsed={isCollapsed}
      onToggle={toggle}
      controls="library"
      collapseLabel="layout.collapseLibrary"
      expandLabel="layout.expandLibrary"
      edge="start"
    />
  );
}

/** Renders the library's toggle over settings kept in memory, as the services keep them; `refuse` fails every update. */
function renderToggle(initial: Partial<Settings> = {}, refuse = false) {
  let settings: Settings = { ...defaultSettings, ...initial };
  const updates: Array<Partial<Settings>> = [];
  rendered = renderWithApi(<Library />, {
    'settings.get': () => settings,
    'settings.update': (change) => {
      updates.push(change);
      if (refuse) throw new ApiFailure('storage.failed', 'refused in the test');
      settings = { ...settings, ...change };
      rendered!.server.emit('settings.changed', settings);
      return settings;
    },
  });
  return { updates, settings: () => settings };
}

describe('useCollapsedPanel', () => {
  it('folds the panel away at once and saves the choice as a setting, keeping the other panels folded', async () => {
    const { updates, settings } = renderToggle({ collapsedPanels: ['articleSide'] });
    const toggle = await screen.findByRole('button', { name: ar('layout.collapseLibrary') });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: ar('layout.expandLibrary') }).getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(settings().collapsedPanels).toEqual(['articleSide', 'library']));
    fireEvent.click(screen.getByRole('button', { name: ar('layout.expandLibrary') }));
    await waitFor(() => expect(settings().collapsedPanels).toEqual(['articleSide']));
    expect(updates).toEqual([{ collapsedPanels: ['articleSide', 'library'] }, { collapsedPanels: ['articleSide'] }]);
    expect(screen.getByRole('button', { name: ar('layout.collapseLibrary') })).toBeTruthy();
  });

  it('opens folded when the settings say so', async () => {
    renderToggle({ collapsedPanels: ['library'] });
    expect((await screen.findByRole('button', { name: ar('layout.expandLibrary') })).getAttribute('aria-expanded')).toBe('false');
  });

  it('goes back to what is remembered when the setting cannot be saved', async () => {
    const { updates } = renderToggle({}, true);
    const toggle = await screen.findByRole('button', { name: ar('layout.collapseLibrary') });
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: ar('layout.expandLibrary') })).toBeTruthy();
    await waitFor(() => expect(updates).toHaveLength(1));
    expect((await screen.findByRole('button', { name: ar('layout.collapseLibrary') })).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('the collapsedPanels setting', () => {
  it('falls back to none folded when what is stored is not a list of known panels', () => {
    expect(settingsSchema.parse({ collapsedPanels: ['library', 'sidebar'] }).collapsedPanels).toEqual([]);
    expect(settingsSchema.parse({ collapsedPanels: 'library' }).collapsedPanels).toEqual([]);
    expect(settingsSchema.parse({ collapsedPanels: ['articleSide'] }).collapsedPanels).toEqual(['articleSide']);
  });
});
