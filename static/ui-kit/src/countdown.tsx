import { formatCountdown } from './format';
import { useUi } from './ui-context';

/** Time left until a due instant, or how long it is overdue; `untilDueMs` comes from `clockView`. */
export function Countdown({ untilDueMs }: { readonly untilDueMs: number }) {
  const { kit, locale } = useUi();
  const time = formatCountdown(untilDueMs, locale);
  return (
    <span className={untilDueMs < 0 ? 'ss-error' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
      {untilDueMs < 0 ? kit('overdue', { time }) : kit('remaining', { time })}
    </span>
  );
}
