import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostOfHeader, isLoopback, isOwnHost, terminalAddresses, terminalOrigin } from '../domain/hostNames';
import { chooseTransport, startHost, type RunningHost } from '../host';
import { initDataDir } from '../init';
import { runDesk, spawnDeskHost } from '../testing/deskProcess';
import { tempDir, TEST_ADMIN } from '../testing/testHost';
import { createCentreCa, issueHostCertificate, spkiFingerprint } from './certificates';
import { matchesPin } from './pinning';
import { tlsPaths } from './tlsFiles';

interface Answer {
  status: number;
  body: string;
}

/** One HTTPS GET trusting only the given CA, with an optional Host header; rejects on a TLS failure. */
function httpsGet(url: string, ca: string | undefined, host?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // With a forged Host the client still checks the certificate against the address it dialled.
    const identity = host ? { checkServerIdentity: () => undefined } : {};
    const req = httpsRequest(url, { ca, headers: host ? { host } : {}, rejectUnauthorized: true, ...identity }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function httpGet(url: string, host?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the centre’s certificates', () => {
  it('a CA that signs a host certificate for the host’s names and addresses', async () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const ca = await createCentreCa('南大里乡综治中心', now);
    const host = await issueHostCertificate(ca, { dnsNames: ['localhost', 'desk-host'], ipAddresses: ['127.0.0.1', '192.168.1.20'] }, now);
    const caCert = new X509Certificate(ca.certPem);
    const hostCert = new X509Certificate(host.certPem);
    expect(caCert.ca).toBe(true);
    expect(hostCert.ca).toBe(false);
    expect(hostCert.verify(caCert.publicKey)).toBe(true);
    expect(hostCert.checkHost('desk-host')).toBe('desk-host');
    expect(hostCert.checkIP('192.168.1.20')).toBe('192.168.1.20');
    expect(hostCert.checkHost('evil.example')).toBeUndefined();
    expect(caCert.subject).toContain('南大里乡综治中心');
    expect(spkiFingerprint(host.certPem)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    // A pinned key is trusted; another certificate for the same names, or garbage, is not.
    const other = await issueHostCertificate(ca, { dnsNames: ['localhost', 'desk-host'], ipAddresses: ['127.0.0.1'] }, now);
    expect(matchesPin(host.certPem, [spkiFingerprint(host.certPem)])).toBe(true);
    expect(matchesPin(other.certPem, [spkiFingerprint(host.certPem)])).toBe(false);
    expect(matchesPin(host.certPem, [])).toBe(false);
    expect(matchesPin('not a certificate', [spkiFingerprint(host.certPem)])).toBe(false);
  });
});

describe('which names reach the host', () => {
  it('loopback, and the names and addresses the host holds; nothing else', () => {
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('[::1]') && isLoopback('localhost') && isLoopback('127.8.0.1')).toBe(true);
    expect(isLoopback('0.0.0.0') || isLoopback('192.168.1.20')).toBe(false);
    expect(hostOfHeader('Desk-Host:5170')).toBe('desk-host');
    expect(hostOfHeader('[::1]:5170')).toBe('::1');
    expect(hostOfHeader('a b')).toBeNull();
    const names = new Set(['desk-host', '192.168.1.20']);
    expect(isOwnHost('desk-host:5170', names)).toBe(true);
    expect(isOwnHost('192.168.1.20', names)).toBe(true);
    expect(isOwnHost('localhost:5170', names)).toBe(true);
    expect(isOwnHost('attacker.example', names)).toBe(false);
    expect(isOwnHost(undefined, names)).toBe(false);
  });

  it('a terminal joins a host over HTTPS, or over HTTP only on this PC itself', () => {
    expect(terminalOrigin('https://192.168.1.20:5170/login')).toBe('https://192.168.1.20:5170');
    expect(terminalOrigin('http://127.0.0.1:5170')).toBe('http://127.0.0.1:5170');
    expect(terminalOrigin('http://192.168.1.20:5170')).toBeNull();
    expect(terminalOrigin('file:///etc/passwd')).toBeNull();
    expect(terminalOrigin('not an address')).toBeNull();
  });

  it('the admin shows terminals the HTTPS addresses they can reach, IPv4 first', () => {
    const identity = { dnsNames: ['localhost', 'desk-host'], ipAddresses: ['127.0.0.1', '::1', '192.168.1.20', 'fd00::2'] };
    expect(terminalAddresses(identity, '0.0.0.0', 5170)).toEqual(['https://192.168.1.20:5170', 'https://desk-host:5170', 'https://[fd00::2]:5170']);
    expect(terminalAddresses(identity, '192.168.1.20', 5170)).toEqual(['https://192.168.1.20:5170']);
    expect(terminalAddresses(identity, '127.0.0.1', 5170)).toEqual([]);
  });

  it('HTTPS beyond loopback; plain HTTP there only when a lab asks by name', () => {
    expect(chooseTransport('127.0.0.1', 'auto')).toBe('http-loopback');
    expect(chooseTransport('0.0.0.0', 'auto')).toBe('https');
    expect(chooseTransport('192.168.1.20', 'auto')).toBe('https');
    expect(chooseTransport('0.0.0.0', 'insecure-lab')).toBe('http-insecure');
    expect(chooseTransport('127.0.0.1', 'tls')).toBe('https');
  });
});

describe('a host serving HTTPS', () => {
  let dataDir: string;
  let host: RunningHost;
  let ca: string;
  beforeAll(async () => {
    dataDir = tempDir();
    await initDataDir(dataDir, { centreName: '南大里乡综治中心', countyCode: '', admin: TEST_ADMIN });
    host = await startHost({ dataDir, port: 0, bind: '127.0.0.1', transport: 'tls', rendererDir: null, requestTimeoutMs: 400 });
    ca = readFileSync(tlsPaths(dataDir).caCert, 'utf8');
  });
  afterAll(() => host.close());

  it('answers over TLS with the certificate `desk init` made, which chains to the centre’s CA', async () => {
    expect(host.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await httpsGet(`${host.url}/health`, ca);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true });
    // A client that does not trust the centre's CA refuses the host.
    await expect(httpsGet(`${host.url}/health`, undefined)).rejects.toThrow(/self-signed|unable to verify|certificate/i);
    // The CA certificate is there to download for a browser-only PC.
    expect((await httpsGet(`${host.url}/centre-ca.crt`, ca)).body).toBe(ca);
  });

  it('refuses a request sent under another name (DNS rebinding) with 421 and a Chinese message', async () => {
    const forged = await httpsGet(`${host.url}/health`, ca, 'attacker.example');
    expect(forged.status).toBe(421);
    expect(JSON.parse(forged.body).error.message).toContain('主机不接受以这个名称发来的请求');
  });

  it('drops a request whose body stalls', async () => {
    const started = Date.now();
    const outcome = await new Promise<string>((resolve) => {
      const req = httpsRequest(`${host.url}/api/auth.login`, { method: 'POST', ca, headers: { 'content-type': 'application/json', 'content-length': '1000' } }, (res) => resolve(`answered ${res.statusCode}`));
      req.on('error', (err) => resolve(`dropped: ${err.message}`));
      // Ten bytes of a promised thousand, then nothing.
      req.write('{"username"');
      setTimeout(() => resolve('still open'), 10_000).unref();
    });
    expect(outcome).toMatch(/^dropped/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('desk host on the LAN', () => {
  it('serves HTTPS when bound beyond loopback, never plain HTTP, and `desk cert renew` adds names on the same key', async () => {
    const dataDir = tempDir();
    expect(runDesk(['init', '--data-dir', dataDir, '--center', '南大里乡综治中心', '--admin-user', 'admin', '--admin-password', 'Hall2026key']).code).toBe(0);
    const caBefore = readFileSync(tlsPaths(dataDir).caCert, 'utf8');
    const pinBefore = spkiFingerprint(readFileSync(tlsPaths(dataDir).hostCert, 'utf8'));
    const renewed = runDesk(['cert', 'renew', '--data-dir', dataDir, '--name', 'desk-host.lan', '--address', '10.20.30.40']);
    expect(renewed.code).toBe(0);
    expect(renewed.stdout).toContain('desk-host.lan');
    const cert = new X509Certificate(readFileSync(tlsPaths(dataDir).hostCert));
    expect(cert.checkHost('desk-host.lan')).toBe('desk-host.lan');
    expect(cert.checkIP('10.20.30.40')).toBe('10.20.30.40');
    expect(readFileSync(tlsPaths(dataDir).caCert, 'utf8')).toBe(caBefore);
    // Renewed on the same key: terminals that pinned the host keep trusting it.
    expect(spkiFingerprint(cert.toString())).toBe(pinBefore);
    expect(runDesk(['cert', 'renew', '--data-dir', dataDir, '--address', 'not-an-ip']).stderr).toContain('不是有效的 IP 地址');

    const lan = await spawnDeskHost(['--data-dir', dataDir, '--port', '0', '--bind', '0.0.0.0']);
    try {
      expect(lan.url).toMatch(/^https:\/\//);
      const port = new URL(lan.url).port;
      expect((await httpsGet(`https://127.0.0.1:${port}/health`, caBefore)).status).toBe(200);
      // Plain HTTP to the same port gets no HTTP answer.
      await expect(httpGet(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    } finally {
      await lan.stop();
    }
  });
});
