import { matchPattern } from '../utils/patterns';

/**
 * OpenSSH's `addr_match_list` (addrmatch.c), for sshd's `Match Address` and `LocalAddress`: a
 * comma-separated list whose entries are CIDR blocks or plain addresses (compared as networks) or,
 * failing that, wildcard patterns compared with the address text; `!` negates an entry, and a
 * negated entry that matches decides. Returns 1 (match), 0 (no match), -1 (a negated entry
 * matched) or -2 (an entry OpenSSH rejects: empty, or a mask that does not fit the address).
 */
export function addressMatchList(address: string, list: string): 1 | 0 | -1 | -2 {
  const target = parseAddress(address);
  let result: 1 | 0 | -1 | -2 = 0;
  for (let entry of list.split(',')) {
    const negated = entry.startsWith('!');
    if (negated) entry = entry.slice(1);
    if (entry === '') return -2;
    const network = parseNetwork(entry);
    if (network === 'inconsistent') return -2;
    const found = network ? target !== undefined && inNetwork(target, network) : matchPattern(address, entry);
    if (found) {
      if (negated) return -1;
      result = 1;
    }
  }
  return result;
}

/** An address as bytes: 4 for IPv4, 16 for IPv6. */
type Bytes = number[];

function parseIPv4(text: string): Bytes | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : undefined;
}

function parseIPv6(text: string): Bytes | undefined {
  const percent = text.indexOf('%');
  if (percent >= 0) text = text.slice(0, percent);
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIPv4(part);
        if (!v4) return undefined;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(part)) out.push(parseInt(part, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

export function parseAddress(text: string): Bytes | undefined {
  return parseIPv4(text) ?? (text.includes(':') ? parseIPv6(text) : undefined);
}

interface Network {
  bytes: Bytes;
  bits: number;
}

/** A CIDR block or a plain address; undefined when the entry is neither (then it is a pattern). */
function parseNetwork(entry: string): Network | 'inconsistent' | undefined {
  const slash = entry.indexOf('/');
  const bytes = parseAddress(slash < 0 ? entry : entry.slice(0, slash));
  if (!bytes) return undefined;
  const maxBits = bytes.length * 8;
  let bits = maxBits;
  if (slash >= 0) {
    const length = entry.slice(slash + 1);
    if (!/^\d+$/.test(length)) return undefined;
    bits = Number(length);
    if (bits > maxBits) return 'inconsistent';
  }
  // Host bits set beyond the mask: OpenSSH calls the mask inconsistent.
  for (let bit = bits; bit < maxBits; bit++) {
    if (bytes[bit >> 3] & (0x80 >> (bit & 7))) return 'inconsistent';
  }
  return { bytes, bits };
}

function inNetwork(address: Bytes, network: Network): boolean {
  if (address.length !== network.bytes.length) return false;
  for (let bit = 0; bit < network.bits; bit++) {
    const mask = 0x80 >> (bit & 7);
    if ((address[bit >> 3] & mask) !== (network.bytes[bit >> 3] & mask)) return false;
  }
  return true;
}
