/**
 * Remembers the main window's size, position and maximised state with electron-store, and puts a
 * window back only where a display still shows it.
 */
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import Store from 'electron-store';
import { z } from 'zod';

const windowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(200), height: z.number().int().min(200) }),
  isMaximized: z.boolean(),
});
type WindowState = z.infer<typeof windowStateSchema>;

export class WindowStateKeeper {
  private readonly store = new Store<{ mainWindow?: unknown }>({ name: 'window-state' });
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** The saved bounds, if they are valid and still on a display; otherwise none (the default size, centred). */
  savedBounds(): Partial<Rectangle> {
    const saved = windowStateSchema.safeParse(this.store.get('mainWindow'));
    if (!saved.success) return {};
    const { bounds } = saved.data;
    const area = screen.getDisplayMatching(bounds).workArea;
    const isVisible =
      bounds.x < area.x + area.width - 40 &&
      bounds.x + bounds.width > area.x + 40 &&
      bounds.y >= area.y - 10 &&
      bounds.y < area.y + area.height - 40;
    return isVisible ? bounds : { width: bounds.width, height: bounds.height };
  }

  wasMaximized(): boolean {
    const saved = windowStateSchema.safeParse(this.store.get('mainWindow'));
    return saved.success && saved.data.isMaximized;
  }

  /** Saves the window's state as it moves and resizes (debounced) and when it closes. */
  track(window: BrowserWindow): void {
    const save = (): void => {
      if (window.isDestroyed() || window.isMinimized()) return;
      const state: WindowState = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
      this.store.set('mainWindow', state);
    };
    const saveSoon = (): void => {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(save, 500);
    };
    window.on('resize', saveSoon);
    window.on('move', saveSoon);
    window.on('close', () => {
      clearTimeout(this.saveTimer);
      save();
    });
  }
}
