import type { KeywordInfo } from './types';

/** Every sshd_config keyword OpenSSH 6.0–10.5 knows (work in progress). */
export const SERVER_KEYWORDS: readonly KeywordInfo[] = [];
