import { useEffect, useMemo, useState } from 'react';
import { parseConfig, type AppConfig } from '../../../src/domain/config';
import type { StoredConfigDto } from '../../../src/shared/rpc';
import { Banner, ErrorState, Loading, createTranslate, formatDateTime, useRemote, useUi, type Gateway, type UiError } from '@support-standard/ui-kit';
import { sameConfig, toErrorMap, untouchedBlanks, type ErrorMap } from './edit-helpers';
import { CoverageBanner, NoticePanel } from './holiday-notice';
import { issueText, reasonText } from './issue-text';
import { messages, type AdminKey } from './messages';
import { sectionOfPath, type SectionId } from './section-ids';
import { SECTIONS } from './sections';

export function AdminApp({ gateway }: { readonly gateway: Gateway }) {
  const { state, reload, accept } = useRemote(() => gateway.call('admin/getConfig', {}));
  const [section, setSection] = useState<SectionId>('taxonomy');
  // Kept above the editor, which starts afresh from every stored version: "saved" must survive that.
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pasteYear, setPasteYear] = useState<number | null>(null);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;
  return (
    <Editor
      key={`${state.data.version}-${state.receivedAt}`}
      stored={state.data}
      gateway={gateway}
      onStored={accept}
      onReload={reload}
      section={section}
      onSection={setSection}
      notice={notice}
      onNotice={setNotice}
      pasteYear={pasteYear}
      onPaste={setPasteYear}
    />
  );
}

type Notice =
  | { readonly kind: 'saved'; readonly version: number; readonly imported: boolean }
  | { readonly kind: 'invalid'; readonly count: number }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'error'; readonly error: UiError };

interface EditorProps {
  readonly stored: StoredConfigDto;
  readonly gateway: Gateway;
  readonly onStored: (stored: StoredConfigDto) => void;
  readonly onReload: () => void;
  readonly section: SectionId;
  readonly onSection: (section: SectionId) => void;
  readonly notice: Notice | null;
  readonly onNotice: (notice: Notice | null) => void;
  /** The year whose State Council notice the admin chose to paste (from the coverage warning). */
  readonly pasteYear: number | null;
  readonly onPaste: (year: number | null) => void;
}

const fieldErrorsOf = (error: UiError): ErrorMap => toErrorMap(error.fieldErrors ?? []);

function Editor({ stored, gateway, onStored, onReload, section, onSection, notice, onNotice: setNotice, pasteYear, onPaste }: EditorProps) {
  const { locale, timeZone } = useUi();
  const t = createTranslate(messages, locale);
  const [draft, setDraft] = useState<AppConfig>(stored.config);
  const [serverErrors, setServerErrors] = useState<ErrorMap>(new Map());
  const [busy, setBusy] = useState(false);
  // Blank boxes just added (a new rule's names): not reported until typed in or a save is tried.
  const [untouched, setUntouched] = useState<ReadonlySet<string>>(new Set());
  const dirty = !sameConfig(draft, stored.config);

  const localErrors = useMemo<ErrorMap>(() => {
    const parsed = parseConfig(draft);
    return parsed.ok ? new Map() : toErrorMap(parsed.error.issues);
  }, [draft]);
  const errors = useMemo<ErrorMap>(
    () => new Map([...serverErrors, ...[...localErrors].filter(([path]) => !untouched.has(path))]),
    [serverErrors, localErrors, untouched],
  );

  // The unsaved-changes guard: the browser asks before the page (or Jira around it) navigates away.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);

  const edit = (next: AppConfig) => {
    setUntouched(untouchedBlanks(untouched, draft, next));
    setDraft(next);
    setServerErrors(new Map());
    if (notice?.kind === 'saved') setNotice(null);
  };

  const afterCall = (result: Awaited<ReturnType<typeof gateway.call<'admin/saveConfig'>>>, imported: boolean) => {
    if (result.ok) {
      onStored(result.data);
      setNotice({ kind: 'saved', version: result.data.version, imported });
      return;
    }
    if (result.error.code === 'conflict') {
      setNotice({ kind: 'conflict' });
      return;
    }
    setServerErrors(fieldErrorsOf(result.error));
    // Field problems are listed by label beside the fields; the raw message would name config paths in English.
    if (result.error.code === 'invalid-config' && (result.error.fieldErrors?.length ?? 0) > 0) setNotice({ kind: 'invalid', count: fieldErrorsOf(result.error).size });
    else setNotice({ kind: 'error', error: result.error });
  };

  const save = async () => {
    if (localErrors.size > 0) {
      setUntouched(new Set());
      setNotice({ kind: 'invalid', count: localErrors.size });
      return;
    }
    setBusy(true);
    const result = await gateway.call('admin/saveConfig', { config: draft, expectedVersion: stored.version });
    setBusy(false);
    afterCall(result, false);
  };

  const importDocument = async (document: unknown) => {
    setBusy(true);
    const result = await gateway.call('admin/importConfig', { document, expectedVersion: stored.version });
    setBusy(false);
    afterCall(result, true);
  };

  const discard = () => {
    if (window.confirm(t('discardConfirm'))) {
      setDraft(stored.config);
      setUntouched(new Set());
      setServerErrors(new Map());
      setNotice(null);
    }
  };

  const err = (path: string) => {
    const message = errors.get(path);
    return message === undefined ? undefined : reasonText(message, locale);
  };
  const here = [...errors].filter(([path]) => sectionOfPath(path) === section);
  const elsewhere = [...new Set([...errors.keys()].map(sectionOfPath).filter((s) => s !== section))];
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];

  return (
    <div className="ss-stack">
      <header className="ss-row" style={{ justifyContent: 'space-between' }}>
        <div>
          <h1>{t('title')}</h1>
          <span className="ss-subtle">
            {stored.updatedAt === null
              ? t('neverSaved')
              : t('lastSaved', { version: stored.version, at: formatDateTime(Date.parse(stored.updatedAt), locale, timeZone), who: stored.updatedByName ?? t('someone') })}
          </span>
        </div>
        <div className="ss-row">
          {dirty ? <span className="ss-lozenge ss-lozenge-warning">{t('unsaved')}</span> : null}
          <button type="button" className="ss-button" disabled={!dirty || busy} onClick={discard}>
            {t('discard')}
          </button>
          <button type="button" className="ss-button ss-button-primary" disabled={!dirty || busy} onClick={() => void save()}>
            {busy ? t('saving') : t('save')}
          </button>
        </div>
      </header>
      <NoticeBanner
        notice={notice}
        t={t}
        onLoadCurrent={() => {
          setNotice(null);
          onReload();
        }}
      />
      <CoverageBanner
        gateway={gateway}
        version={stored.version}
        t={t}
        onPaste={(year) => {
          onSection('calendars');
          onPaste(year);
        }}
      />
      <div className="ss-admin-layout">
        <nav aria-label={t('title')}>
          <ul className="ss-nav">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="ss-nav-item"
                  aria-current={s.id === section ? 'page' : undefined}
                  onClick={() => { onSection(s.id); }}
                >
                  {t(s.label)}
                  {[...errors.keys()].some((path) => sectionOfPath(path) === s.id) ? <span className="ss-error"> ●</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section className="ss-stack" aria-labelledby="section-title" style={{ minWidth: 0 }}>
          <h2 id="section-title">{t(current.label)}</h2>
          {here.length === 0 ? null : (
            <Banner tone="error">
              {t('problemsHere')}
              <ul>
                {here.map(([path, message]) => (
                  <li key={path} data-path={path}>
                    {issueText(path, message, draft, t, locale)}
                  </li>
                ))}
              </ul>
            </Banner>
          )}
          {elsewhere.length === 0 ? null : (
            <span className="ss-subtle">{t('problemsElsewhere', { sections: elsewhere.map((id) => t(SECTIONS.find((s) => s.id === id)?.label ?? 'title')).join(', ') })}</span>
          )}
          {section === 'calendars' ? (
            <NoticePanel
              gateway={gateway}
              stored={stored}
              dirty={dirty}
              focusYear={pasteYear}
              t={t}
              onSaved={(saved) => {
                onPaste(null);
                onStored(saved);
                setNotice({ kind: 'saved', version: saved.version, imported: false });
              }}
            />
          ) : null}
          <current.Component config={draft} set={edit} err={err} t={t} locale={locale} gateway={gateway} stored={stored} onImport={importDocument} busy={busy} />
        </section>
      </div>
    </div>
  );
}

function NoticeBanner({ notice, t, onLoadCurrent }: { readonly notice: Notice | null; readonly t: (key: AdminKey, vars?: Record<string, string | number>) => string; readonly onLoadCurrent: () => void }) {
  if (notice === null) return null;
  switch (notice.kind) {
    case 'saved':
      return <Banner tone="success">{t(notice.imported ? 'imported' : 'saved', { version: notice.version })}</Banner>;
    case 'invalid':
      return <Banner tone="error">{t('invalidBeforeSave', { count: notice.count })}</Banner>;
    case 'conflict':
      return (
        <Banner tone="warning">
          <div className="ss-stack">
            <span>{t('conflict')}</span>
            <div>
              <button type="button" className="ss-button" onClick={onLoadCurrent}>
                {t('conflictLoad')}
              </button>
            </div>
          </div>
        </Banner>
      );
    case 'error':
      return <ErrorState error={notice.error} />;
  }
}
