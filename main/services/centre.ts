import type { z } from 'zod';
import type { createUserInput } from '../../shared/schemas/admin';
import { DEFAULT_COUNTERS, DEFAULT_STATIONS } from '../domain/defaults';
import type { ServiceContext } from './context';
import { saveCounter, saveStation, updateCentre } from './settings';
import { createUser } from './users';

export interface NewCentre {
  centreName: string;
  /** 6-digit county code for the address picker; empty when not known yet. */
  countyCode?: string;
  admin: Pick<z.infer<typeof createUserInput>, 'username' | 'password'>;
}

/** A new centre: its name, the default counters and stations, and the first administrator. */
export async function initializeCentre(ctx: ServiceContext, input: NewCentre): Promise<void> {
  await updateCentre(ctx, null, { centreName: input.centreName, followUpPhone: '', countyCode: input.countyCode ?? '' });
  for (const name of DEFAULT_COUNTERS) await saveCounter(ctx, null, { name, active: true, receiptPrinter: '', a4Printer: '' });
  for (const s of DEFAULT_STATIONS) await saveStation(ctx, null, { ...s, phone: '', active: true, shortName: '', attendance: 'resident', rotationDays: [], contactPerson: '', centreArea: '' });
  await createUser(
    ctx,
    null,
    { username: input.admin.username, displayName: '系统管理员', role: 'admin', stationId: null, password: input.admin.password },
    { mustChangePassword: false },
  );
}
