import { router } from '@forge/bridge';
import { useState } from 'react';
import type { AgentState, KnowledgeDraft, SolvedBefore } from '../../../src/shared/rpc';
import { Banner, ErrorState, Loading, TextField, createTranslate, formatDateTime, useAction, useRemote, useUi, type Gateway, type Translate as KitTranslate, type UiError } from '@support-standard/ui-kit';
import { knowledgeMessages } from './knowledge-messages';

interface Props {
  readonly knowledge: AgentState['knowledge'];
  readonly gateway: Gateway;
}

type Translate = KitTranslate<keyof typeof knowledgeMessages.en>;

/** Errors the agent can act on, in their words; anything else falls back to the kit's generic banner. */
const knownError = (error: UiError, k: Translate): string | null => {
  switch (error.code) {
    case 'invalid-state':
      return k('notSolved');
    case 'conflict':
      return k('busy');
    case 'invalid-config':
      return k('noSpace');
    case 'unavailable':
      return k('unavailable');
    default:
      return null;
  }
};

function DraftResult({ draft, k }: { readonly draft: KnowledgeDraft; readonly k: Translate }) {
  if (draft.kind === 'page') {
    return (
      <Banner tone="success">
        <span data-knowledge-page={draft.pageId}>{k(draft.created ? 'created' : 'linked', { title: draft.title })}</span>{' '}
        <a
          href={draft.url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(event) => {
            event.preventDefault();
            void router.open(draft.url);
          }}
        >
          {k('openPage')}
        </a>
      </Banner>
    );
  }
  return (
    <Banner tone="success">
      <span>{k('markdownReady', { title: draft.title })}</span>{' '}
      <a data-knowledge-markdown download={draft.fileName} href={`data:text/markdown;charset=utf-8,${encodeURIComponent(draft.markdown)}`}>
        {k('downloadMarkdown', { file: draft.fileName })}
      </a>
    </Banner>
  );
}

function SolvedBeforeList({ gateway, k }: { readonly gateway: Gateway; readonly k: Translate }) {
  const { locale, timeZone } = useUi();
  const solved = useRemote<SolvedBefore>(() => gateway.call('agent/solvedBefore', {}));
  if (solved.state.status === 'loading') return <Loading label={k('loadingSolved')} />;
  if (solved.state.status === 'error') return <ErrorState error={solved.state.error} onRetry={solved.reload} />;
  const items = solved.state.data.items;
  if (items.length === 0) return <span className="ss-subtle">{k('noneSolved')}</span>;
  return (
    <ol className="ss-stack" data-solved-before>
      {items.map((item) => (
        <li key={item.key} data-solved={item.key}>
          <a
            href={`/browse/${item.key}`}
            onClick={(event) => {
              event.preventDefault();
              void router.navigate({ target: 'issue', issueKey: item.key });
            }}
          >
            {item.serviceNumber}
          </a>{' '}
          {item.summary}
          {item.resolvedAt === null ? null : <span className="ss-subtle"> · {formatDateTime(Date.parse(item.resolvedAt), locale, timeZone)}</span>}
          <div>
            <span className="ss-subtle">{k('fixLabel')}: </span>
            {item.fix}
          </div>
        </li>
      ))}
    </ol>
  );
}

/**
 * Knowledge from solved requests (issue 13 point 5): earlier solutions of the same subcategory, and — when the
 * backend says the request may (resolved with a permanent fix) — a knowledge article drafted from it.
 */
export function KnowledgeSection({ knowledge, gateway }: Props) {
  const { locale } = useUi();
  const k = createTranslate(knowledgeMessages, locale);
  const [cause, setCause] = useState('');
  const [draft, setDraft] = useState<KnowledgeDraft | null>(null);
  const action = useAction((result: KnowledgeDraft) => {
    setDraft(result);
  });
  const known = action.error === null ? null : knownError(action.error, k);

  return (
    <section className="ss-stack" aria-labelledby="knowledge-heading">
      <h2 id="knowledge-heading">{k('heading')}</h2>
      {knowledge.canDraft ? (
        <form
          className="ss-stack ss-card"
          aria-label={k('draft')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() => gateway.call('agent/draftKnowledge', { cause: cause.trim() === '' ? null : cause }));
          }}
        >
          <TextField label={k('cause')} help={k('causeHelp')} multiline maxLength={2000} value={cause} onChange={setCause} />
          <span className="ss-subtle">{k(knowledge.target === 'confluence' ? 'toConfluence' : 'toMarkdown')}</span>
          {action.error === null ? null : known === null ? <ErrorState error={action.error} /> : <Banner tone="error">{known}</Banner>}
          {draft === null ? null : <DraftResult draft={draft} k={k} />}
          <div>
            <button type="submit" className="ss-button ss-button-primary" disabled={action.busy}>
              {action.busy ? k('drafting') : k('draft')}
            </button>
          </div>
        </form>
      ) : null}
      <h3>{k('solvedBefore')}</h3>
      <span className="ss-subtle">{k('solvedBeforeHint')}</span>
      <SolvedBeforeList gateway={gateway} k={k} />
    </section>
  );
}
