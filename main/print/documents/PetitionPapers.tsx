import { Document, Text } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { OfficialPage, Paragraphs, PaperNumber, SealBlock, official } from './official';

/** What the three 信访 papers say of the matter: whose demand, made when, about what, accepted when. */
interface PetitionBase {
  centreName: string;
  number: string;
  visitorName: string;
  /** Written out: the day the demand was made, and the day it was accepted (受理). */
  visitedDate: string;
  acceptedDate: string;
  content: string;
  issuedDate: string;
  reprint: boolean;
}

/** 信访事项受理告知书: told within 15 days of receipt (信访工作条例, 2022). */
export interface PetitionAcceptanceData extends PetitionBase {
  stationName: string | null;
  /** 六十日内 and the day, with 暂定 when the count rests on holidays not yet announced. */
  deadline: string;
}

/** 信访事项延期办理告知书: the limit extended once, by at most 30 days, with the reason. */
export interface PetitionExtensionData extends PetitionBase {
  formerDeadline: string;
  days: number;
  reason: string;
  deadline: string;
}

/** 信访事项处理意见书: the answer, and the right to 复查 within 30 days (then 复核). */
export interface PetitionOpinionData extends PetitionBase {
  stationName: string;
  result: string;
  opinion: string;
}

function PetitionPaper({ title, data, children }: { title: string; data: PetitionBase; children: ReactNode }) {
  return (
    <Document title={`${title} ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>{title}</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <Text>{data.visitorName}：</Text>
        {children}
        <Text style={official.para}>特此告知。</Text>
        <SealBlock issuer={data.centreName} date={data.issuedDate} />
      </OfficialPage>
    </Document>
  );
}

const demand = (d: PetitionBase) => `你（你们）于${d.visitedDate}提出的“${d.content}”信访事项`;

export function PetitionAcceptance({ data }: { data: PetitionAcceptanceData }) {
  return (
    <PetitionPaper title="信访事项受理告知书" data={data}>
      <Text style={official.para}>{`${demand(data)}，经审查，符合受理条件，本中心已于${data.acceptedDate}依法予以受理${data.stationName ? `，交由${data.stationName}办理` : ''}。`}</Text>
      <Text style={official.para}>{`该信访事项将自受理之日起六十日内办结（${data.deadline}），并书面答复你（你们）。情况复杂的，经批准可以适当延长办理期限，延长期限不超过三十日，届时将告知延期理由。`}</Text>
    </PetitionPaper>
  );
}

export function PetitionExtension({ data }: { data: PetitionExtensionData }) {
  return (
    <PetitionPaper title="信访事项延期办理告知书" data={data}>
      <Text style={official.para}>{`${demand(data)}，本中心已于${data.acceptedDate}受理，原定于${data.formerDeadline}前办结。`}</Text>
      <Text style={official.para}>{`因${data.reason.replace(/[。；，\s]+$/u, '')}，经本机关负责人批准，办理期限延长${data.days}日，至${data.deadline}前办结并书面答复你（你们）。`}</Text>
    </PetitionPaper>
  );
}

export function PetitionOpinion({ data }: { data: PetitionOpinionData }) {
  return (
    <PetitionPaper title="信访事项处理意见书" data={data}>
      <Text style={official.para}>{`${demand(data)}，本中心于${data.acceptedDate}受理，交由${data.stationName}办理。现将处理意见告知如下：`}</Text>
      <Text style={official.para}>{`办理结果：${data.result}。`}</Text>
      <Paragraphs text={data.opinion} />
      <Text style={official.para}>{`你（你们）如对本处理意见不服，可以自收到本意见书之日起三十日内，向${data.stationName}的上一级机关（单位）请求复查；对复查意见仍不服的，可以自收到复查意见之日起三十日内，向复查机关的上一级机关（单位）请求复核。`}</Text>
    </PetitionPaper>
  );
}
