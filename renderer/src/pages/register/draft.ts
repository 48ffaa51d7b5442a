import type { RiskLevel } from '../../../../shared/risk';
import type { PersonInput, RegisterVisitInput } from '../../../../shared/schemas/visit';
import type { IdType, VisitChannel } from '../../../../shared/visit';

/** The registration form as the clerk fills it: plain JSON, so it can be kept in the browser. */
export interface PersonForm {
  visitorId?: number | null;
  /** Shown instead of the ID field when the person was picked from earlier visits. */
  pickedMaskedId?: string;
  /**
   * The phone on file, masked, put in the phone field when the person was picked: left as it is,
   * the record keeps its number (the whole number never comes to the window); typed over, it is replaced.
   */
  pickedMaskedPhone?: string;
  name?: string;
  idType?: IdType;
  idNumber?: string;
  noIdReason?: string;
  sex?: 'M' | 'F' | null;
  birthDate?: string | null;
  ethnicity?: string | null;
  phone?: string;
  addressPath?: string[];
  addressText?: string;
}

export interface MatterForm {
  repeatOf?: number | null;
  /** What the side panel showed of the earlier matter, for the clerk to see what is linked. */
  repeatLabel?: string;
  categoryId?: number | null;
  content?: string;
  decision?: 'accept' | 'decline' | 'settle';
  declineReason?: string;
  declineChannel?: string;
  /** 当场化解: how it was settled and the visitor's word. */
  settleNote?: string;
  settleSatisfaction?: 'satisfied' | 'basically';
  /** 达成口头协议: registered by the committee chosen, with the other party and the terms. */
  oral?: boolean;
  oralCommitteeId?: number;
  oralOtherParty?: string;
  oralTerms?: string;
  /** 风险研判 at intake; 'none' (未评估) until the clerk says otherwise. */
  riskLevel?: RiskLevel | 'none';
}

export interface RegisterForm {
  channel: VisitChannel;
  /** The 网格上报 being registered, when the clerk took one up from 网格上报. */
  gridReport?: { id: number; code: string; who: string } | null;
  /** 排查发现 / 网格上报: where and by whom. */
  foundPlace?: string;
  foundBy?: string;
  headcount: number;
  isProxy: boolean;
  persons: PersonForm[];
  matters: MatterForm[];
}

export interface Draft {
  idempotencyKey: string;
  savedAt: string;
  values: RegisterForm;
}

export const EMPTY_FORM: RegisterForm = {
  channel: 'walk_in',
  headcount: 1,
  isProxy: false,
  persons: [{ idType: 'resident', ethnicity: '汉族' }],
  matters: [{ decision: 'accept' }],
};

/**
 * What the clerk typed lives in this browser until the host has the visit: a reload, a crash of
 * the window or a lost connection loses nothing. One draft per user and counter.
 */
export class DraftStore {
  constructor(private readonly key: string) {}

  load(): Draft | null {
    try {
      const raw = localStorage.getItem(this.key);
      return raw ? (JSON.parse(raw) as Draft) : null;
    } catch {
      return null;
    }
  }

  save(values: RegisterForm, idempotencyKey: string): void {
    const draft: Draft = { idempotencyKey, savedAt: new Date().toISOString(), values };
    localStorage.setItem(this.key, JSON.stringify(draft));
  }

  clear(): void {
    localStorage.removeItem(this.key);
  }
}

/** getRandomValues, not randomUUID: a LAN address over plain HTTP is not a secure context. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The phone the clerk typed: '' while it is still a picked visitor's masked number (the record keeps its own). */
export function typedPhone(p: PersonForm): string {
  return p.pickedMaskedPhone && p.phone === p.pickedMaskedPhone ? '' : (p.phone ?? '');
}

/** The form's values as the API takes them. */
export function toRegisterInput(values: RegisterForm, idempotencyKey: string): RegisterVisitInput {
  return {
    idempotencyKey,
    channel: values.channel,
    foundPlace: values.foundPlace ?? '',
    foundBy: values.foundBy ?? '',
    gridReportId: values.gridReport?.id ?? null,
    headcount: values.headcount,
    isProxy: values.isProxy,
    persons: values.persons.map((p) => ({
      visitorId: p.visitorId ?? null,
      name: p.name ?? '',
      idType: p.idType ?? 'resident',
      idNumber: p.idNumber ?? '',
      noIdReason: p.noIdReason ?? '',
      sex: p.sex ?? null,
      birthDate: p.birthDate ?? null,
      ethnicity: (p.ethnicity ?? null) as PersonInput['ethnicity'],
      phone: typedPhone(p),
      addressCode: p.addressPath?.at(-1) ?? null,
      addressText: p.addressText ?? '',
    })),
    matters: values.matters.map((m) => ({
      repeatOf: m.repeatOf ?? null,
      categoryId: m.categoryId ?? null,
      content: m.content ?? '',
      decision: m.decision ?? 'accept',
      declineReason: m.declineReason ?? '',
      declineChannel: m.declineChannel ?? '',
      settleNote: m.settleNote ?? '',
      settleSatisfaction: m.settleSatisfaction ?? null,
      oralAgreement: m.decision === 'settle' && m.oral ? { committeeId: m.oralCommitteeId ?? 0, otherParty: m.oralOtherParty ?? '', terms: m.oralTerms ?? '' } : null,
      riskLevel: m.riskLevel && m.riskLevel !== 'none' ? m.riskLevel : null,
    })),
  };
}

/** What a taken-up 网格上报 fills in: channel, where and by whom found, the party, the matter and its risk. */
export function formFromGridReport(r: { id: number; code: string; reporterName: string; gridName: string; place: string; partyName: string; partyPhone: string; content: string; riskLevel: RiskLevel | null }): RegisterForm {
  const who = `${r.reporterName}（${r.gridName}）`;
  return {
    ...structuredClone(EMPTY_FORM),
    channel: 'grid',
    gridReport: { id: r.id, code: r.code, who },
    foundPlace: r.place,
    foundBy: who.slice(0, 30),
    persons: [{ idType: 'resident', ethnicity: '汉族', name: r.partyName.slice(0, 30), phone: r.partyPhone }],
    matters: [{ decision: 'accept', content: r.content, riskLevel: r.riskLevel ?? 'none' }],
  };
}
