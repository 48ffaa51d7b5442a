import { describe, expect, it } from 'vitest';
import { signatureProblem } from './signature';

describe('a signature drawn on the visitor’s screen', () => {
  it('is taken when ink was drawn on the pad', () => {
    expect(signatureProblem([[[10, 100], [60, 80], [120, 120]], [[150, 90], [200, 60]]])).toBeNull();
  });
  it('is refused when empty, a dot, too much, or off the pad', () => {
    expect(signatureProblem([])).toBe('empty');
    expect(signatureProblem([[[100, 100], [101, 101]]])).toBe('empty');
    expect(signatureProblem(Array.from({ length: 61 }, () => [[0, 0], [50, 50]] as [number, number][]))).toBe('too_large');
    expect(signatureProblem([[[10, 10], [700, 10]]])).toBe('off_pad');
    expect(signatureProblem([[[10, 10], [Number.NaN, 10]]])).toBe('off_pad');
  });
});
