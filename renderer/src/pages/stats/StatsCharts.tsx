import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import type { Statistics } from '../../../../shared/statistics';
import { EChart, type ChartOption } from './EChart';

const FONT = { fontFamily: 'system-ui, "Noto Sans SC", "Microsoft YaHei", sans-serif' };

/** 看板: visits per day, matters per category, overdue per station. */
export function StatsCharts({ stats }: { stats: Statistics }) {
  const trend = useMemo<ChartOption>(
    () => ({
      textStyle: FONT,
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: stats.daily.map((d) => d.day.slice(5)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: '来访批次', type: 'line', showSymbol: stats.daily.length <= 31, areaStyle: { opacity: 0.15 }, data: stats.daily.map((d) => d.visits) }],
    }),
    [stats],
  );
  const categories = useMemo<ChartOption>(
    () => ({
      textStyle: FONT,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 90, right: 16, top: 28, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: stats.intake.map((c) => c.name), inverse: true },
      series: [
        { name: '受理', type: 'bar', data: stats.intake.map((c) => c.accepted) },
        { name: '办结', type: 'bar', data: stats.intake.map((c) => c.resolved) },
      ],
    }),
    [stats],
  );
  const overdue = useMemo<ChartOption>(
    () => ({
      textStyle: FONT,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 110, right: 16, top: 28, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: stats.stations.map((s) => s.name), inverse: true },
      series: [
        { name: '按期办结', type: 'bar', stack: 'all', data: stats.stations.map((s) => s.onTime) },
        { name: '超期', type: 'bar', stack: 'all', itemStyle: { color: '#d4380d' }, data: stats.stations.map((s) => s.overdue) },
      ],
    }),
    [stats],
  );
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Card title="来访趋势（每日来访批次）" size="small" style={{ marginBottom: 16 }}>
          <EChart option={trend} label="来访趋势" height={220} />
        </Card>
      </Col>
      <Col span={12}>
        <Card title="诉求类别" size="small">
          <EChart option={categories} label="诉求类别" />
        </Card>
      </Col>
      <Col span={12}>
        <Card title="各单位按期与超期" size="small">
          <EChart option={overdue} label="各单位按期与超期" />
        </Card>
      </Col>
    </Row>
  );
}
