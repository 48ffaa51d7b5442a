import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCentreCa, issueHostCertificate, type HostIdentity, type KeyAndCertificate } from './certificates';

/** The centre's TLS files in its data dir; the keys readable by the host's own account only. */
export function tlsPaths(dataDir: string) {
  const dir = join(dataDir, 'tls');
  return { dir, caCert: join(dir, 'ca.crt'), caKey: join(dir, 'ca.key'), hostCert: join(dir, 'host.crt'), hostKey: join(dir, 'host.key'), identity: join(dir, 'host.json') };
}

export interface HostTls {
  ca: string;
  cert: string;
  key: string;
  identity: HostIdentity;
}

function writeSecret(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

function readCa(dataDir: string): KeyAndCertificate | null {
  const p = tlsPaths(dataDir);
  if (!existsSync(p.caCert) || !existsSync(p.caKey)) return null;
  return { certPem: readFileSync(p.caCert, 'utf8'), keyPem: readFileSync(p.caKey, 'utf8') };
}

/**
 * Issues (or re-issues) the host's certificate under the centre's CA, making the CA first if there
 * is none. A re-issue keeps the host's key: paired terminals pin that key, not the certificate.
 */
export async function issueHostTls(dataDir: string, centreName: string, identity: HostIdentity, now: Date): Promise<HostTls> {
  const p = tlsPaths(dataDir);
  mkdirSync(p.dir, { recursive: true });
  let ca = readCa(dataDir);
  if (!ca) {
    ca = await createCentreCa(centreName, now);
    writeFileSync(p.caCert, ca.certPem);
    writeSecret(p.caKey, ca.keyPem);
  }
  const host = await issueHostCertificate(ca, identity, now, existsSync(p.hostKey) ? readFileSync(p.hostKey, 'utf8') : undefined);
  writeFileSync(p.hostCert, host.certPem);
  writeSecret(p.hostKey, host.keyPem);
  writeFileSync(p.identity, JSON.stringify(identity, null, 2));
  return { ca: ca.certPem, cert: host.certPem, key: host.keyPem, identity };
}

/** The host's TLS files, or null when they were never made. */
export function loadHostTls(dataDir: string): HostTls | null {
  const p = tlsPaths(dataDir);
  if (![p.caCert, p.hostCert, p.hostKey, p.identity].every((f) => existsSync(f))) return null;
  return { ca: readFileSync(p.caCert, 'utf8'), cert: readFileSync(p.hostCert, 'utf8'), key: readFileSync(p.hostKey, 'utf8'), identity: JSON.parse(readFileSync(p.identity, 'utf8')) as HostIdentity };
}
