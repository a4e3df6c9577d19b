/**
 * Test support: wraps a memoised component so a test can count how often it really renders. The
 * wrapper compares props as memo does, so it renders exactly when the component would; it
 * refuses a component that is not memoised (a count of its parent's renders would mean nothing).
 */
import { memo, type ComponentType, type NamedExoticComponent } from 'react';

export function countingRenders<P extends object>(
  name: string,
  component: ComponentType<P> | NamedExoticComponent<P>,
  counts: Map<string, number>,
): NamedExoticComponent<P> {
  if ((component as { $$typeof?: symbol }).$$typeof !== Symbol.for('react.memo')) throw new Error(`${name} is not memoised`);
  const Component = component as ComponentType<P>;
  return memo(function CountedRenders(props: P) {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return <Component {...props} />;
  });
}
