import type { RestResponse } from '../../contracts';

/** An HTTP failure in Jira's error shape `{errorMessages, errors}`. */
export class RestError extends Error {
  override readonly name = 'RestError';

  constructor(
    readonly status: number,
    readonly errorMessages: readonly string[],
    readonly errors: Readonly<Record<string, string>> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
  }

  toResponse(): RestResponse {
    return { status: this.status, headers: { 'content-type': 'application/json;charset=UTF-8' }, body: { errorMessages: this.errorMessages, errors: this.errors } };
  }

  /** JSM (`/rest/servicedeskapi`) reports errors as one `errorMessage` plus an i18n key; field errors are named in the text. */
  toJsmResponse(): RestResponse {
    const fields = Object.entries(this.errors);
    const errorMessage = [...this.errorMessages, ...fields.map(([field, message]) => `${field}: ${message}`)].join(' ');
    return {
      status: this.status,
      headers: { 'content-type': 'application/json;charset=UTF-8' },
      body: { errorMessage, i18nErrorMessage: { i18nKey: `sd.sandbox.error.${this.status}`, parameters: fields.map(([field]) => field) } },
    };
  }
}

export const badRequest = (field: string, message: string): RestError => new RestError(400, [], { [field]: message });
export const badRequestMessage = (message: string): RestError => new RestError(400, [message]);
export const notFound = (message: string): RestError => new RestError(404, [message]);
export const forbidden = (message: string): RestError => new RestError(403, [message]);
export const unauthorized = (): RestError => new RestError(401, ['You are not authenticated. Authentication required to perform this operation.']);
export const issueNotFound = (): RestError => notFound('Issue does not exist or you do not have permission to see it.');

export const ok = (body: unknown, status = 200): RestResponse => ({ status, headers: { 'content-type': 'application/json;charset=UTF-8' }, body });
export const noContent = (): RestResponse => ({ status: 204 });
