/**
 * The ARIA toolbar pattern for a row of buttons (the body's toolbar, a row of filter chips): the row
 * is one Tab stop, the arrow keys move inside it the way they point on screen (← moves on in a
 * right-to-left row), Home and End go to its ends, and the button last used keeps the Tab stop.
 * Disabled buttons are passed over. Attach the returned props to the row's element.
 */
import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const itemSelector = 'button:not(:disabled)';

interface RovingFocus<Row extends HTMLElement> {
  ref: RefObject<Row | null>;
  onKeyDown: (event: KeyboardEvent<Row>) => void;
  onFocus: (event: FocusEvent<Row>) => void;
}

const itemsOf = (row: HTMLElement): HTMLElement[] => [...row.querySelectorAll<HTMLElement>(itemSelector)];

export function useRovingFocus<Row extends HTMLElement>(): RovingFocus<Row> {
  const ref = useRef<Row>(null);
  const current = useRef<HTMLElement | null>(null);

  const makeTabStop = useCallback((items: readonly HTMLElement[], stop: HTMLElement | undefined): void => {
    for (const item of items) item.tabIndex = item === stop ? 0 : -1;
    current.current = stop ?? null;
  }, []);

  // After every render: buttons come and go (a chip removed, undo enabled), the Tab stop stays on one of them.
  useLayoutEffect(() => {
    const row = ref.current;
    if (!row) return;
    const items = itemsOf(row);
    // A disabled button is out of the Tab order already; it is kept out for when it is enabled.
    for (const button of row.querySelectorAll<HTMLElement>('button:disabled')) button.tabIndex = -1;
    makeTabStop(items, items.find((item) => item === current.current) ?? items[0]);
  });

  const onFocus = useCallback(
    (event: FocusEvent<Row>) => {
      const row = ref.current;
      if (!row || !(event.target instanceof HTMLElement) || !event.target.matches(itemSelector)) return;
      makeTabStop(itemsOf(row), event.target);
    },
    [makeTabStop],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<Row>) => {
      const row = ref.current;
      if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
      const items = itemsOf(row);
      const index = items.indexOf(event.target as HTMLElement);
      if (index < 0) return;
      const forward = getComputedStyle(row).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
      let next: number;
      if (event.key === forward) next = (index + 1) % items.length;
      else if (event.key === backward) next = (index - 1 + items.length) % items.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = items.length - 1;
      else return;
      event.preventDefault();
      const target = items[next];
      if (!target) return;
      makeTabStop(items, target);
      target.focus();
    },
    [makeTabStop],
  );

  return { ref, onKeyDown, onFocus };
}
