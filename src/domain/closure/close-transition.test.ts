import { planClose, type TransitionOption } from './close-transition';

const FROM_RESOLVED: TransitionOption[] = [
  { id: '71', name: 'Reopen', toStatus: 'In Progress', toDone: false },
  { id: '61', name: 'Close', toStatus: 'Closed', toDone: true },
];

describe('planClose', () => {
  it('auto picks the transition into another done-category status', () => {
    expect(planClose({ closeTransition: 'auto', linkExpiryDays: 14 }, 'Resolved', FROM_RESOLVED)).toEqual({ kind: 'close', transition: FROM_RESOLVED[1] });
  });

  it('auto never picks a transition back into the status the request is already in', () => {
    const looped: TransitionOption[] = [{ id: '9', name: 'Resolve again', toStatus: 'Resolved', toDone: true }];
    expect(planClose({ closeTransition: 'auto', linkExpiryDays: 14 }, 'Resolved', looped)).toEqual({ kind: 'unavailable', wanted: 'auto' });
  });

  it('a named transition matches by name (any case) or id', () => {
    expect(planClose({ closeTransition: 'close', linkExpiryDays: 14 }, 'Resolved', FROM_RESOLVED)).toMatchObject({ kind: 'close', transition: { id: '61' } });
    expect(planClose({ closeTransition: '61', linkExpiryDays: 14 }, 'Resolved', FROM_RESOLVED)).toMatchObject({ kind: 'close', transition: { id: '61' } });
  });

  it('a named transition the workflow does not offer now is unavailable', () => {
    expect(planClose({ closeTransition: 'Archive', linkExpiryDays: 14 }, 'Resolved', FROM_RESOLVED)).toEqual({ kind: 'unavailable', wanted: 'Archive' });
  });

  it('none records the confirmation without closing', () => {
    expect(planClose({ closeTransition: 'none', linkExpiryDays: 14 }, 'Resolved', FROM_RESOLVED)).toEqual({ kind: 'record-only' });
  });
});
