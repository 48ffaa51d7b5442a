import {
  categoryInput,
  centreInput,
  counterInput,
  createUserInput,
  resetPasswordInput,
  stationInput,
  updateCategoryInput,
  updateCounterInput,
  updateStationInput,
  updateUserInput,
} from '../../../shared/schemas/admin';
import { z } from 'zod';
import { listCategories, saveCategory } from '../../services/categories';
import { finishSetup, setupChecklist } from '../../services/setup/checklist';
import { getCentre, listCounters, listStations, saveCounter, saveStation, updateCentre } from '../../services/settings';
import { createUser, listUsers, setPassword, updateUser } from '../../services/users';
import { allow, router } from '../trpc';

const admin = allow('admin');

/** 设置: users, counters, stations and the centre itself. Administrators only. */
export const adminRouter = router({
  users: admin.query(({ ctx }) => listUsers(ctx.services)),
  createUser: admin.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx.services, ctx.actor, input)),
  updateUser: admin.input(updateUserInput).mutation(({ ctx, input }) => updateUser(ctx.services, ctx.actor, input)),
  resetPassword: admin.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    await setPassword(ctx.services, ctx.actor, input.id, input.password, true);
    return { ok: true };
  }),
  counters: admin.query(({ ctx }) => listCounters(ctx.services)),
  /** The printers this host's system knows, for choosing a counter's printers. */
  printers: admin.query(({ ctx }) => ctx.services.printers.list()),
  createCounter: admin.input(counterInput).mutation(({ ctx, input }) => saveCounter(ctx.services, ctx.actor, input)),
  updateCounter: admin.input(updateCounterInput).mutation(({ ctx, input }) => saveCounter(ctx.services, ctx.actor, input)),
  stations: admin.query(({ ctx }) => listStations(ctx.services)),
  createStation: admin.input(stationInput).mutation(({ ctx, input }) => saveStation(ctx.services, ctx.actor, input)),
  updateStation: admin.input(updateStationInput).mutation(({ ctx, input }) => saveStation(ctx.services, ctx.actor, input)),
  categories: admin.query(({ ctx }) => listCategories(ctx.services)),
  createCategory: admin.input(categoryInput).mutation(({ ctx, input }) => saveCategory(ctx.services, ctx.actor, input)),
  updateCategory: admin.input(updateCategoryInput).mutation(({ ctx, input }) => saveCategory(ctx.services, ctx.actor, input)),
  /** 开始使用: what a new centre still has to set, judged from the settings themselves. */
  setup: admin.query(({ ctx }) => setupChecklist(ctx.services)),
  finishSetup: admin.input(z.object({ finished: z.boolean() })).mutation(({ ctx, input }) => finishSetup(ctx.services, ctx.actor, input.finished)),
  centre: admin.query(({ ctx }) => getCentre(ctx.services)),
  updateCentre: admin.input(centreInput).mutation(async ({ ctx, input }) => {
    await updateCentre(ctx.services, ctx.actor, input);
    return getCentre(ctx.services);
  }),
});
