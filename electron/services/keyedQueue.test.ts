import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyedQueue';

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('KeyedQueue', () => {
  it('runs the tasks of one key in order, one at a time, and of other keys alongside', async () => {
    const queue = new KeyedQueue();
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`${name} start`);
      await tick();
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue.run('a', task('a1')), queue.run('a', task('a2')), queue.run('b', task('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(events.indexOf('a1 end')).toBeLessThan(events.indexOf('a2 start'));
    expect(events.indexOf('b1 start')).toBeLessThan(events.indexOf('a1 end'));
  });

  it('goes on after a failure, which reaches only its own caller', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('disk full')));
    const next = queue.run('a', async () => 'next');
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('next');
  });

  it('forgets a key once its tasks are done', async () => {
    const queue = new KeyedQueue();
    await queue.run('a', async () => undefined);
    await tick();
    expect(queue.size).toBe(0);
  });
});
