import { describe, expect, it } from 'vitest';
import { centreSchema, isCountyArea, isTownshipOf, linkRefusal, parseCentreArea, type CentreArea } from './centreArea';

const area = (text: string) => parseCentreArea(text) as CentreArea;

describe('a centre’s area code', () => {
  it('is six digits for a county and nine for a township, nothing else', () => {
    expect(parseCentreArea('140828')).toBe('140828');
    expect(parseCentreArea('140828101')).toBe('140828101');
    for (const bad of ['', '14082', '1408281', '14082810', '1408281011', '140828101000', '14o828', ' 140828', '140828;drop']) expect(parseCentreArea(bad)).toBeNull();
  });

  it('names a schema that needs no quoting', () => {
    expect(centreSchema(area('140828101'))).toBe('centre_140828101');
  });

  it('knows a county from a township, and a county’s own townships from another county’s', () => {
    expect(isCountyArea(area('140828'))).toBe(true);
    expect(isCountyArea(area('140828101'))).toBe(false);
    expect(isTownshipOf(area('140828101'), area('140828'))).toBe(true);
    expect(isTownshipOf(area('140829101'), area('140828'))).toBe(false);
    expect(isTownshipOf(area('140828'), area('140828'))).toBe(false);
    expect(isTownshipOf(area('140828101'), area('140828102'))).toBe(false);
  });

  it('links a township to its own county and a county to its own townships, nothing else', () => {
    expect(linkRefusal(area('140828101'), area('140828'))).toBeNull();
    expect(linkRefusal(area('140828'), area('140828101'))).toBeNull();
    expect(linkRefusal(area('140828101'), area('140829'))).toContain('不是本中心的上级县中心或下辖乡镇中心');
    expect(linkRefusal(area('140828101'), area('140828102'))).toContain('不是本中心的上级县中心或下辖乡镇中心');
    expect(linkRefusal(area('140828'), area('140828'))).toContain('不是本中心');
    expect(linkRefusal(null, area('140828'))).toContain('单机运行');
  });
});
