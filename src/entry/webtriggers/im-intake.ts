/**
 * Web trigger for requests raised from DingTalk / WeCom groups. Until a signed-intake handler is configured
 * (issue #6), every call is refused without touching Jira, so an unauthenticated caller can create nothing.
 */
export const imIntake = (): Promise<{ statusCode: number; headers: Record<string, string[]>; body: string }> =>
  Promise.resolve({
    statusCode: 503,
    headers: { 'Content-Type': ['application/json'] },
    body: JSON.stringify({ error: 'im-intake-disabled', message: 'IM intake is not enabled on this site.' }),
  });
