import type { Tone } from './clock-view';
import { useUi } from './ui-context';

/** A bar whose colour says how close a target is: green, yellow at the first warning, orange, red on breach. */
export function ProgressBar({ percent, tone, name }: { readonly percent: number; readonly tone: Tone; readonly name: string }) {
  const { kit } = useUi();
  const shown = Math.floor(Math.max(0, percent));
  return (
    <div
      className="ss-progress"
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.min(100, shown)}
      aria-label={kit('progressLabel', { name, percent: shown })}
      data-tone={tone}
    >
      <div className={`ss-progress-fill ss-tone-${tone}`} style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
    </div>
  );
}
