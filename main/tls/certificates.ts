// @peculiar/x509 builds on tsyringe, which needs the Reflect metadata polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createHash, createPublicKey, webcrypto, X509Certificate } from 'node:crypto';

// Node's WebCrypto is the same API as the browser's the library is typed for.
x509.cryptoProvider.set(webcrypto as never);

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

/** ECDSA P-256: small, fast, and accepted by every browser and by Electron. */
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The centre's own CA outlives many host certificates; a host certificate is renewed (`desk cert renew`). */
export const CA_VALID_DAYS = 20 * 365;
export const HOST_VALID_DAYS = 2 * 365;

export interface KeyAndCertificate {
  certPem: string;
  keyPem: string;
}

async function newKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END PRIVATE KEY-----\n`;
}

async function importPrivateKey(pem: string): Promise<CryptoKey> {
  const der = Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64');
  return webcrypto.subtle.importKey('pkcs8', der, KEY_ALGORITHM, false, ['sign']);
}

/** The public half of a private key kept in the data dir: a renewed certificate keeps the host's key. */
async function publicKeyOf(keyPem: string): Promise<CryptoKey> {
  const spki = createPublicKey(keyPem).export({ type: 'spki', format: 'der' });
  return webcrypto.subtle.importKey('spki', spki, KEY_ALGORITHM, true, ['verify']);
}

async function newHostKey(): Promise<{ publicKey: CryptoKey; keyPem: string }> {
  const keys = await newKeys();
  return { publicKey: keys.publicKey, keyPem: await privateKeyPem(keys.privateKey) };
}

/** A serial number that is positive and unique enough for one centre's CA. */
function serial(): string {
  return `01${Buffer.from(webcrypto.getRandomValues(new Uint8Array(15))).toString('hex')}`;
}

/** Printable in a certificate's subject: the centre's name without the characters X.500 escapes. */
function subjectName(text: string): string {
  return text.replace(/[,+"\\<>;=#]/g, ' ').trim() || '综治中心';
}

/**
 * The centre's own certificate authority, made once by `desk init`. Its certificate is what a
 * browser-only PC installs; its key signs the host's certificate and never leaves the data dir.
 */
export async function createCentreCa(centreName: string, now: Date): Promise<KeyAndCertificate> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${subjectName(centreName)} 受理台根证书, O=${subjectName(centreName)}`,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + CA_VALID_DAYS * DAY_MS),
    signingAlgorithm: SIGNING,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: await privateKeyPem(keys.privateKey) };
}

/** The names and addresses a host certificate is valid for. */
export interface HostIdentity {
  dnsNames: string[];
  ipAddresses: string[];
}

/**
 * The host's certificate for its names and addresses, signed by the centre's CA. Given the host's
 * key, the certificate is renewed on the same key, so terminals that pinned it keep trusting it.
 */
export async function issueHostCertificate(ca: KeyAndCertificate, identity: HostIdentity, now: Date, hostKeyPem?: string): Promise<KeyAndCertificate> {
  const caCert = new x509.X509Certificate(ca.certPem);
  const caKey = await importPrivateKey(ca.keyPem);
  // Renewing on the host's own key needs only its public half; a new host gets a new pair.
  const hostKey = hostKeyPem ? { publicKey: await publicKeyOf(hostKeyPem), keyPem: hostKeyPem } : await newHostKey();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${identity.dnsNames[0] ?? identity.ipAddresses[0] ?? 'localhost'}`,
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + HOST_VALID_DAYS * DAY_MS),
    signingAlgorithm: SIGNING,
    publicKey: hostKey.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension([...identity.dnsNames.map((value) => ({ type: 'dns' as const, value })), ...identity.ipAddresses.map((value) => ({ type: 'ip' as const, value }))]),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
      await x509.SubjectKeyIdentifierExtension.create(hostKey.publicKey),
    ],
  });
  return { certPem: cert.toString('pem'), keyPem: hostKey.keyPem };
}

/**
 * The base64 SHA-256 of a certificate's public key (SPKI): what a terminal pins, and what
 * Chromium's --ignore-certificate-errors-spki-list takes.
 */
export function spkiFingerprint(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
