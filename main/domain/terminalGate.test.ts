import { describe, expect, it } from 'vitest';
import { terminalGate, type TerminalStanding } from './terminalGate';

const STANDINGS: TerminalStanding[] = ['none', 'paired', 'revoked', 'unknown'];

describe('terminalGate', () => {
  it('lets anyone ask whether the host is there and pair, whatever they carry', () => {
    for (const standing of STANDINGS) for (const path of ['/health', '/pair', '/pair/status?x=1']) expect(terminalGate({ path, fromLoopback: false, standing }, true)).toBe('pass');
  });

  it('refuses a revoked or forged token on every other path, setting or not, loopback or not', () => {
    for (const standing of ['revoked', 'unknown'] as const)
      for (const pairedOnly of [false, true]) for (const fromLoopback of [false, true]) expect(terminalGate({ path: '/api/visits.register', fromLoopback, standing }, pairedOnly)).toBe('revoked');
  });

  it('with paired-only on, lets in paired terminals and the host PC itself, no other PC', () => {
    expect(terminalGate({ path: '/', fromLoopback: false, standing: 'none' }, true)).toBe('unpaired');
    expect(terminalGate({ path: '/api/auth.login', fromLoopback: false, standing: 'none' }, true)).toBe('unpaired');
    expect(terminalGate({ path: '/', fromLoopback: true, standing: 'none' }, true)).toBe('pass');
    expect(terminalGate({ path: '/', fromLoopback: false, standing: 'paired' }, true)).toBe('pass');
    expect(terminalGate({ path: '/', fromLoopback: false, standing: 'none' }, false)).toBe('pass');
  });
});
