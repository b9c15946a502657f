/**
 * KVS key prefix of the service-number hints (`seqhint:svc:<YYYYMMDD>` → last number handed out that day),
 * as the sequence repository writes them for the numbering scope `svc:<YYYYMMDD>`.
 */
export const COUNTER_PREFIX = 'seqhint:svc:';
