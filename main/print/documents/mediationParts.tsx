import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { MediationSource, Party } from '../../../shared/mediation';
import { chineseNumeral } from '../../../shared/mediation';
import { GAP, official } from './official';

/** One mediation case file, as every paper around the agreement reads it. */
export interface MediationPaperData {
  committeeName: string;
  /** This paper's number; the agreement's is the committee's own “（2026）南大里调字第 3 号”. */
  number: string;
  agreementNumber: string;
  matterCode: string;
  /** The source as the forms word it, and which it is (the 受理登记表 ticks one). */
  source: MediationSource;
  sourceLabel: string;
  /** 纠纷类型: the matter's category, e.g. 邻里. */
  disputeType: string;
  parties: Party[];
  /** 纠纷简要情况 / 纠纷主要事实、争议事项. */
  facts: string;
  /** 申请事项, numbered on the 申请书. */
  requests: string[];
  /** 当事人各方的责任 (人民调解法 Art. 29). */
  responsibility: string;
  /** 参加人 of the session: invited helpers, not the parties or the mediator. */
  participants: string;
  investigations: { on: string; place: string; investigator: string; subject: string; participants: string; content: string }[];
  /** Written out: the day the committee took the case on. */
  acceptedOn: string;
  /** 卷号 （2026）南大里人调字第 1 号; '' before the file is bound. */
  fileNumber: string;
  clauses: string[];
  performance: string;
  /** '' when the agreement involves no money. */
  amount: string;
  mediator: string;
  recorder: string;
  /** Written out: 2026年11月27日. */
  mediatedOn: string;
  place: string;
  record: string;
  revisit: { on: string; performed: string; satisfaction: string; note: string; by: string; judicialConfirmed: boolean } | null;
  /** Written out: the day the agreement was issued (took effect), and the last day to apply for 司法确认. */
  agreementOn: string;
  judicialUntil: string;
  reprint: boolean;
  /** Not issued yet: marked 预览 and without a number. */
  preview: boolean;
}

const styles = StyleSheet.create({
  party: { marginBottom: 4 },
  partyLine: { fontSize: 14, lineHeight: 1.6 },
  sign: { marginTop: 10 },
  signLine: { lineHeight: 2 },
});

const BLANK = '＿＿＿＿＿＿＿＿';
const SHORT_BLANK = '＿＿＿＿';
const show = (v: string | number | null) => (v === null || v === '' ? '—' : String(v));

/** A party's particulars (Art. 29 (1)): a person's, or an organisation's with its representative. */
function PartyBlock({ party, label }: { party: Party; label: string }) {
  const lines =
    party.kind === 'person'
      ? [
          `姓名：${party.name}${GAP}性别：${show(party.sex)}${GAP}民族：${show(party.ethnicity)}${GAP}年龄：${party.age === null ? '—' : `${party.age}岁`}`,
          `身份证号：${show(party.idNumber)}${GAP}联系方式：${show(party.phone)}`,
          `职业或职务：${show(party.occupation)}${GAP}单位或住址：${show(party.address)}`,
        ]
      : [`名称：${party.name}`, `住所地：${show(party.address)}`, `法定代表人（负责人）：${party.legalRepresentative}${GAP}联系方式：${show(party.phone)}`];
  return (
    <View style={styles.party} wrap={false}>
      <Text style={official.heading}>{label}</Text>
      {lines.map((l, i) => (
        <Text key={i} style={styles.partyLine}>
          {l}
        </Text>
      ))}
    </View>
  );
}

/** 当事人一、当事人二 … (or 申请人 / 被申请人 on the application). */
export function PartyBlocks({ parties, label }: { parties: Party[]; label: (index: number) => string }) {
  return (
    <>
      {parties.map((p, i) => (
        <PartyBlock key={i} party={p} label={label(i)} />
      ))}
    </>
  );
}

/** The numbered clauses: 一、… 二、… */
export function Clauses({ clauses }: { clauses: string[] }) {
  return (
    <>
      {clauses.map((c, i) => (
        <Text key={i} style={official.para}>
          {`${chineseNumeral(i + 1)}、${c.replace(/\s*\n\s*/g, '')}`}
        </Text>
      ))}
    </>
  );
}

/**
 * Signatures kept whole on one page: a line for every party (a person signs or fingerprints, an
 * organisation seals), then the mediator and the recorder, the committee's seal and the date.
 */
export function SignatureBlock({
  parties,
  mediator,
  recorder,
  committee,
  date,
  partyNote = '（签名盖章或按指印）',
  partyLabel = '当事人',
  registrar,
  dateLabel = '',
  lead,
}: {
  parties: Party[];
  mediator: boolean;
  recorder: boolean;
  committee: string | null;
  date: string;
  partyNote?: string;
  /** 当事人, or 申请人 on an application. */
  partyLabel?: string;
  /** 登记人 on a register (受理登记表, 口头协议登记表): named, with a line to sign. */
  registrar?: string;
  dateLabel?: string;
  /** The closing sentence that must not be parted from the signatures. */
  lead?: string;
}) {
  return (
    <View wrap={false}>
      {lead && <Text style={official.para}>{lead}</Text>}
      <Text style={styles.sign}>{`${partyLabel}${partyNote}：`}</Text>
      {parties.map((p, i) => (
        <Text key={i} style={styles.signLine}>{`${GAP}${GAP}${p.name}${p.kind === 'org' ? '（盖章）' : ''}${GAP}${BLANK}`}</Text>
      ))}
      {(mediator || recorder || registrar !== undefined) && (
        <Text style={styles.signLine}>
          {[mediator ? `人民调解员（签名）：${SHORT_BLANK}` : '', recorder ? `记录人（签名）：${SHORT_BLANK}` : '', registrar !== undefined ? `登记人（签名）：${registrar}${GAP}${SHORT_BLANK}` : '']
            .filter(Boolean)
            .join(GAP)}
        </Text>
      )}
      <View style={official.seal}>
        {committee && <Text>（{committee}印）</Text>}
        <Text>{`${dateLabel}${date}`}</Text>
      </View>
    </View>
  );
}

export const partyNames = (parties: Party[]) => parties.map((p) => p.name).join('、');
