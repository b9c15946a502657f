import type { DomainError } from '../result';

export interface ConfigIssue {
  /** Field path such as `priorities.high.response` or `priorityRules[0].conditions.categories[1]`. */
  readonly path: string;
  readonly message: string;
}

export interface ConfigError extends DomainError {
  readonly code: 'invalid-config';
  readonly issues: readonly ConfigIssue[];
}

export const configError = (issues: readonly ConfigIssue[]): ConfigError => {
  const first = issues[0];
  const summary = first === undefined ? 'invalid configuration' : `${first.path === '' ? '(root)' : first.path}: ${first.message}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return {
    code: 'invalid-config',
    message: `Invalid configuration: ${summary}${more}`,
    issues,
    ...(first === undefined ? {} : { path: first.path }),
  };
};
