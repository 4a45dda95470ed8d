/** The benchmark file: a ~/.ssh/config of `hosts` hosts, eight lines each, and a final `Host *`. */
export function generateConfig(hosts: number): string {
  const lines: string[] = ['# generated benchmark config', 'IgnoreUnknown UseKeychain', ''];
  for (let i = 0; i < hosts; i++) {
    lines.push(
      `Host web${i} web${i}.example.com`,
      `  HostName 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      `  User deploy${i % 17}`,
      `  Port ${2000 + (i % 1000)}`,
      `  IdentityFile ~/.ssh/id_ed25519_${i % 5}`,
      `  ServerAliveInterval ${30 + (i % 60)}`,
      `  LocalForward ${10000 + (i % 5000)} localhost:${80 + (i % 3)}`,
      '',
    );
  }
  lines.push('Host *', '  ServerAliveInterval 60', '  ServerAliveCountMax 3', '  AddKeysToAgent yes', '');
  return lines.join('\n');
}
