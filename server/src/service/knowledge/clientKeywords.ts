import type { KeywordInfo } from './types';

/** Every ssh_config keyword OpenSSH 6.0–10.5 knows (work in progress). */
export const CLIENT_KEYWORDS: readonly KeywordInfo[] = [];
