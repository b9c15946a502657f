import { randomBytes } from 'node:crypto';
import { webTrigger } from '@forge/api';
import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import type { SurveyLinkPort } from '../application/ports';

const KEY_NAME = 'survey-link:signing-key';
/** manifest.yml's webtrigger module that serves the link page. */
export const SURVEY_LINK_MODULE = 'survey-link';

/**
 * The signing key lives in KVS secret storage (encrypted, not queryable). It is created once with
 * FAIL_IF_EXISTS, so two first uses at the same moment agree on one key: the loser reads the winner's.
 */
const signingKey = async (): Promise<string> => {
  const existing = await kvs.getSecret<string>(KEY_NAME);
  if (typeof existing === 'string') return existing;
  try {
    await kvs.setSecret(KEY_NAME, randomBytes(32).toString('base64url'), { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error) {
    if (!(error instanceof ForgeKvsAPIError) || error.responseDetails.status === 429) throw error;
  }
  const stored = await kvs.getSecret<string>(KEY_NAME);
  if (typeof stored !== 'string') throw new Error('the survey link signing key could not be stored');
  return stored;
};

export const surveyLinks = (): SurveyLinkPort => ({
  signingKey,
  pageUrl: () => webTrigger.getUrl(SURVEY_LINK_MODULE),
});
