import { describe, expect, it } from 'vitest';
import { RequestDeadline } from './db/request-transaction.js';
import { currentRequest, withinRequest } from './request-context.js';

describe('the request context', () => {
  it('keeps the outer fields when an inner step sets its own, across awaits', async () => {
    const deadline = new RequestDeadline(Date.now() + 1_000);
    const events = { published: false };
    await withinRequest({ events }, () =>
      withinRequest({ deadline }, async () => {
        await Promise.resolve();
        expect(currentRequest()?.events).toBe(events);
        expect(currentRequest()?.deadline).toBe(deadline);
      }),
    );
    expect(currentRequest()).toBeUndefined();
  });

  it('clears only the field given as undefined, and an inner step marks the outer events', async () => {
    const deadline = new RequestDeadline(Date.now() + 1_000);
    const transaction = { tx: {} as never, closed: false, afterCommit: [] };
    const events = { published: false };
    await withinRequest({ events, deadline, transaction }, () =>
      withinRequest({ transaction: undefined }, async () => {
        await Promise.resolve();
        expect(currentRequest()?.transaction).toBeUndefined();
        expect(currentRequest()?.deadline).toBe(deadline);
        const scope = currentRequest()?.events;
        if (scope) scope.published = true;
      }),
    );
    expect(events.published).toBe(true);
  });
});
