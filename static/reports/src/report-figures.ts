import type { Translate } from '@support-standard/ui-kit/src/i18n';
import type { UiLocale } from '@support-standard/ui-kit/src/locale';
import { defaultTaxonomy } from '../../../src/domain/config/default-taxonomy';
import type { ClockCompliance, ReportData } from '../../../src/domain/reports/report-data';
import type { ReportsKey } from './messages';

export interface ChartSeries {
  readonly label: string;
  /** Null draws a gap: nothing was judged or answered there. */
  readonly values: readonly (number | null)[];
  /** A CSS custom property such as `--ss-brand`, read at draw time so the chart follows the theme. */
  readonly colorVar: string;
}

export interface ChartFigure {
  readonly id: string;
  readonly kind: 'bar' | 'line';
  readonly title: string;
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Upper bound of the value axis (100 for percentages, 5 for scores); null lets the chart choose. */
  readonly max: number | null;
  /** Said under the title when the chart has nothing to plot, so empty axes are not mistaken for zeros. */
  readonly note: string | null;
}

const CLOCKS = [
  ['response', '--ss-brand'],
  ['resolution', '--ss-success-bold'],
  ['onsite', '--ss-warning-bold'],
] as const;

const ITEMS = [
  ['responseSpeed', '--ss-brand'],
  ['attitude', '--ss-success-bold'],
  ['expertise', '--ss-warning-bold'],
  ['effectiveness', '--ss-danger-bold'],
  ['recurrence', '--ss-text-subtle'],
] as const;

const TAXONOMY_NAMES = new Map(defaultTaxonomy().categories.map((c) => [c.id, c.name]));

/**
 * The report carries category ids; the names of the standard's categories ship with the app. A category an
 * administrator added later shows by its id (the reports resolver does not serve the configuration).
 */
export const categoryName = (id: string | null, locale: UiLocale, t: Translate<ReportsKey>): string => {
  if (id === null) return t('none');
  const name = TAXONOMY_NAMES.get(id);
  return name === undefined ? id : name[locale];
};

const complianceFigure = (
  id: string,
  title: string,
  rows: readonly (ClockCompliance & { readonly label: string })[],
  t: Translate<ReportsKey>,
): ChartFigure => ({
  id,
  kind: 'bar',
  title,
  labels: rows.map((r) => r.label),
  series: CLOCKS.map(([clock, colorVar]) => ({ label: t(`clock.${clock}`), colorVar, values: rows.map((r) => r[clock].percent) })),
  max: 100,
  note: null,
});

/** Every chart of the page, in reading order, from one report. */
export const reportFigures = (report: ReportData, locale: UiLocale, t: Translate<ReportsKey>): readonly ChartFigure[] => {
  const { sla, satisfaction, followUps, volume } = report;
  return [
    complianceFigure('sla-priority', t('chart.slaByPriority'), sla.byPriority.map((r) => ({ ...r, label: r.priority === null ? t('none') : t(`priority.${r.priority}`) })), t),
    complianceFigure('sla-category', t('chart.slaByCategory'), sla.byCategory.map((r) => ({ ...r, label: categoryName(r.category, locale, t) })), t),
    complianceFigure('sla-agent', t('chart.slaByAgent'), sla.byAgent.map((r) => ({ ...r, label: r.displayName ?? t('unassigned') })), t),
    complianceFigure('sla-month', t('chart.slaByMonth'), sla.byMonth.map((r) => ({ ...r, label: r.month })), t),
    {
      id: 'satisfaction',
      kind: 'line',
      title: t('chart.satisfaction'),
      labels: satisfaction.byMonth.map((m) => m.month),
      series: ITEMS.map(([item, colorVar]) => ({ label: t(`item.${item}`), colorVar, values: satisfaction.byMonth.map((m) => m.items[item].average) })),
      max: 5,
      note: satisfaction.overall.responses === 0 ? t('noSurveys') : null,
    },
    {
      id: 'follow-ups',
      kind: 'bar',
      title: t('chart.followUps'),
      labels: [t('followUp.open'), t('followUp.overdue'), t('followUp.closed')],
      series: [{ label: t('chart.followUps'), colorVar: '--ss-brand', values: [followUps.open, followUps.overdue, followUps.closed] }],
      max: null,
      note: null,
    },
    {
      id: 'volume-category',
      kind: 'bar',
      title: t('chart.volumeByCategory'),
      labels: volume.byCategory.map((v) => categoryName(v.category, locale, t)),
      series: [{ label: t('requestsSeries'), colorVar: '--ss-brand', values: volume.byCategory.map((v) => v.count) }],
      max: null,
      note: null,
    },
    {
      id: 'volume-channel',
      kind: 'bar',
      title: t('chart.volumeByChannel'),
      labels: volume.byChannel.map((v) => (v.channel === null ? t('none') : t(`channel.${v.channel}`))),
      series: [{ label: t('requestsSeries'), colorVar: '--ss-brand', values: volume.byChannel.map((v) => v.count) }],
      max: null,
      note: null,
    },
  ];
};
